// The four front ends of "one library, three systems" (一库三系统), in navigation order.
// Each is a separate Vite app served by the server under `/<name>/`.
export const APP_NAMES = ['library', 'query', 'analysis', 'warning'] as const;

export type AppName = (typeof APP_NAMES)[number];

/** Apps are switched with full page loads: each one is its own bundle. */
export function appHref(app: AppName): string {
  return `/${app}/`;
}

/** The react-router basename of an app, matching the Vite `base` without its trailing slash. */
export function appBasename(app: AppName): string {
  return `/${app}`;
}

/**
 * The navigation entries a user sees: the server decides which apps the roles allow,
 * the client keeps its own order so the menu never reshuffles between users.
 */
export function visibleApps(allowed: readonly string[]): AppName[] {
  return APP_NAMES.filter((app) => allowed.includes(app));
}

export function appTitleKey(app: AppName) {
  return `app.${app}.title` as const;
}

export function appDescriptionKey(app: AppName) {
  return `app.${app}.description` as const;
}

export function appUpcomingKey(app: AppName) {
  return `app.${app}.upcoming` as const;
}
