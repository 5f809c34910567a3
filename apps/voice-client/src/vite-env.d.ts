/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SCENARO_API_URL?: string;
  readonly VITE_SCENARO_TENANT_ID?: string;
  readonly VITE_SCENARO_PUBLISHABLE_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
