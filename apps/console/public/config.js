// Replaced at deployment (npm start, the container entrypoint, tests) with the real URLs:
// window.SCENARO_CONSOLE_CONFIG = { apiUrl: 'https://api.example', playgroundUrl: 'https://playground.example' };
window.SCENARO_CONSOLE_CONFIG = window.SCENARO_CONSOLE_CONFIG || {};
