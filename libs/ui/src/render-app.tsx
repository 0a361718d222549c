import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppProviders } from './app-providers';
import { type AppName, appBasename } from './apps';
import { DocumentTitle } from './document-title';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';
import { SessionGate } from './session/session-gate';
import { AppAccess } from './shell/app-access';
import { AppShell } from './shell/app-shell';

export type AppRoute = RouteObject;

export type RenderAppOptions = {
  app: AppName;
  /** The app's pages, relative to its base path (`/` is the app's home). */
  routes: AppRoute[];
  /** Defaults to the `#root` element of index.html. */
  container?: HTMLElement;
};

/** Mounts one of the four front ends: providers, login, the shared shell, then the app's routes. */
export function renderApp({ app, routes, container = findRoot() }: RenderAppOptions): void {
  const router = createBrowserRouter(
    [{ errorElement: <RouteErrorPage />, children: [...routes, { path: '*', element: <NotFoundPage /> }] }],
    { basename: appBasename(app) },
  );

  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <DocumentTitle app={app} />
        <SessionGate app={app}>
          <AppShell app={app}>
            <AppAccess app={app}>
              <RouterProvider router={router} />
            </AppAccess>
          </AppShell>
        </SessionGate>
      </AppProviders>
    </StrictMode>,
  );
}

function findRoot(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html must contain <div id="root"></div>.');
  return root;
}
