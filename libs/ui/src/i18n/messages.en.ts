import { type MessageKey } from './messages.zh-CN';

export const en: Record<MessageKey, string> = {
  'platform.name': 'Zhijian',
  'platform.tagline': 'Supervision data platform · one library, three systems',

  'app.library.title': 'Data library',
  'app.library.description':
    'Department deliveries, standardization, quality and quarantine: departments deliver data under the data-responsibility list; it is standardized and quality-checked into the shared data-resource library, and problem rows wait in quarantine.',
  'app.library.upcoming': 'Responsibility list, batch deliveries, quality reports and quarantine are coming soon.',
  'app.query.title': 'Relational query',
  'app.query.description':
    'Find a subject by ID number, unified social credit code, licence plate or name, and expand its relations to persons, organizations, properties and vehicles.',
  'app.query.upcoming': 'Subject search, subject profiles and relation expansion are coming soon.',
  'app.analysis.title': 'Intelligence analysis',
  'app.analysis.description': 'Hot spots, repeated complaints, trends and relation networks: finding leads in the shared data.',
  'app.analysis.upcoming': 'Hot spots, repeated complaints, trends and relation networks are coming soon.',
  'app.warning.title': 'Supervision warnings',
  'app.warning.description': 'Warning models and the closed loop for each warning: push → verify → rectify → close.',
  'app.warning.upcoming': 'Warning models, the warning list and the closed loop are coming soon.',

  'home.upcomingTitle': 'Under construction',

  'role.admin': 'Administrator',
  'role.analyst': 'Analyst',
  'role.steward': 'Data steward',
  'role.supervisor': 'Supervisor',
  'role.handler': 'Handler',

  'shell.navLabel': 'Systems',
  'shell.logout': 'Log out',
  'shell.logoutFailed': 'Could not log out: {reason}',

  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications',
  'notifications.markAllRead': 'Mark all read',
  'lang.switch': '中文',

  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.usernameRequired': 'Please enter your username',
  'login.password': 'Password',
  'login.passwordRequired': 'Please enter your password',
  'login.submit': 'Sign in',
  'login.unreachable': 'Cannot reach the server, please try again later',

  'session.loadFailed': 'Could not load your session',
  'session.retry': 'Retry',
  'load.failed': 'Could not load the data',
  'load.retry': 'Retry',
  'load.unreachable': 'Cannot reach the server; please try again later',

  'forbidden.title': 'Access denied',
  'forbidden.subtitle': 'Your account may not use “{app}”.',
  'forbidden.choose': 'You can use:',
  'forbidden.none': 'Your account has no systems enabled yet; please contact an administrator.',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to home',
  'routeError.title': 'Something went wrong on this page',
};
