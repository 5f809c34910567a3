// Where the console finds the control API and the runtime's text playground. One build serves
// every environment: `/config.js` (written by `npm start`, the container entrypoint or a test)
// sets `window.SCENARO_CONSOLE_CONFIG`; otherwise VITE_* at build time; otherwise the same
// host on the default ports.

export interface ConsoleConfig {
  apiUrl: string;
  playgroundUrl: string;
}

declare global {
  interface Window {
    SCENARO_CONSOLE_CONFIG?: Partial<ConsoleConfig>;
  }
}

function sameHost(port: number): string {
  const { protocol, hostname } = window.location;
  return `${protocol}//${hostname}:${port}`;
}

export function loadConfig(): ConsoleConfig {
  const runtime = window.SCENARO_CONSOLE_CONFIG ?? {};
  return {
    apiUrl: (runtime.apiUrl ?? import.meta.env.VITE_SCENARO_API_URL ?? sameHost(8080)).replace(
      /\/$/,
      '',
    ),
    playgroundUrl: (
      runtime.playgroundUrl ??
      import.meta.env.VITE_SCENARO_PLAYGROUND_URL ??
      sameHost(8082)
    ).replace(/\/$/, ''),
  };
}
