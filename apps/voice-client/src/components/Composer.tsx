import { type FormEvent, useState } from 'react';
import { fr } from '../lib/messages';

/** Typing instead of speaking. */
export function Composer({
  disabled,
  onSend,
}: {
  disabled: boolean;
  onSend: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onSend(text);
    setText('');
  };
  return (
    <form className="composer" onSubmit={submit}>
      <input
        className="composer__input"
        type="text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={fr.typePlaceholder}
        aria-label={fr.typePlaceholder}
        disabled={disabled}
        maxLength={500}
      />
      <button
        className="button button--primary"
        type="submit"
        disabled={disabled || text.trim() === ''}
      >
        {fr.send}
      </button>
    </form>
  );
}
