/** English messages of operator alerts (setup problems shown on the admin home page). */
export const alertsEn = {
  'alerts.heading': 'Setup problems stopping customers',
  'alerts.title.NO_ROOM': 'No server has room',
  'alerts.title.NAME_SERVER_ADDRESS': 'A name server has no IP address',
  'alerts.title.SERVER_ADDRESS': 'A server has no IP address',
  'alerts.title.SERVICE_DOMAIN': 'No service domain is set',
  'alerts.title.other': 'Setup problem',
  'alerts.seen.one': 'Stopped one request; last on {date}.',
  'alerts.seen': 'Stopped {count} requests; last on {date}.',
  'alerts.fix': 'Fix it',
  'alerts.dismiss': 'Dismiss',
} as const;
