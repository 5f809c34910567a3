import type { ReactNode } from 'react';

/** A message about something the user can act on; `action` is its way out. */
export function Notice({
  kind,
  tone = 'warning',
  children,
  action,
}: {
  kind: string;
  tone?: 'warning' | 'error' | 'info';
  children: ReactNode;
  action?: { label: string; onClick: () => void } | undefined;
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={kind}
    >
      <p>{children}</p>
      {action && (
        <button type="button" className="button button--ghost" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
