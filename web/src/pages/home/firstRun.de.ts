import type { firstRunEn } from './firstRun.en';

/** German messages of the first-run checklist. */
export const firstRunDe: Record<keyof typeof firstRunEn, string> = {
  'firstRun.title': 'Cluster einrichten',
  'firstRun.progress': '{done} von {total} erledigt',
  'firstRun.intro':
    'Kunden bekommen weder Websites noch Domains, Datenbanken oder E-Mail, bis diese Schritte erledigt sind. Jeder Schritt führt zur Seite, auf der er erledigt wird.',
  'firstRun.done': 'Erledigt',
  'firstRun.step.PHYSICAL_SERVER': 'Ein physischer Server',
  'firstRun.step.WEB_SERVER': 'Ein logischer Webserver',
  'firstRun.step.DNS_SERVERS': 'Zwei logische DNS-Server',
  'firstRun.step.MYSQL_SERVER': 'Ein logischer MySQL-Server',
  'firstRun.step.MAIL_SERVER': 'Ein logischer Mailserver',
  'firstRun.step.SERVER_GROUPS': 'Eine Standard-Servergruppe je Art, die neue Konten aufnimmt',
  'firstRun.step.ADDRESSES': 'Eine IP-Adresse auf jedem Web- und DNS-Server',
  'firstRun.step.SERVICE_DOMAIN': 'Die Service-Domain',
  'firstRun.missing.PHYSICAL_SERVER': 'Noch kein physischer Server',
  'firstRun.missing.WEB_SERVER': 'Kein logischer Server der Art Web',
  'firstRun.missing.DNS_SERVERS': 'Kein DNS-Server: {have} von {need} nötig',
  'firstRun.missing.DNS_SERVERS.some': 'Erst {have} von {need} DNS-Servern',
  'firstRun.missing.MYSQL_SERVER': 'Kein logischer Server der Art MySQL',
  'firstRun.missing.MAIL_SERVER': 'Kein logischer Server der Art Mail',
  'firstRun.missing.SERVER_GROUPS': 'Keine Standardgruppe mit nutzbarem Server für: {items}',
  'firstRun.missing.ADDRESSES': 'Ohne Adresse: {items}',
  'firstRun.missing.ADDRESSES.none': 'Noch kein Web- oder DNS-Server',
  'firstRun.missing.SERVICE_DOMAIN': 'Noch nicht festgelegt',
  'firstRun.oneStep': 'Diesen Rechner in einem Schritt einrichten',
  'firstRun.oneStepHint':
    'Legt diesen Rechner als physischen Server an, darauf die logischen Server web1, ns1, ns2, mysql1 und mail1, je Art eine Standardgruppe, die Adresse des Webservers und die Service-Domain.',
  'firstRun.byHand': 'Der Cluster wurde von Hand begonnen: Ergänzen Sie, was fehlt, auf den oben verlinkten Seiten.',
  'firstRun.serviceDomain': 'Service-Domain',
  'firstRun.serviceDomainHint': 'Darunter liegen Third-Level- und Sofortzugriffs-Namen und die Nameserver.',
  'firstRun.address': 'IP-Adresse dieses Rechners',
  'firstRun.addressHint': 'Websites und beide Nameserver antworten darauf.',
  'firstRun.drivers': 'Treiber',
  'firstRun.drivers.FILES': 'Nur Dateien',
  'firstRun.drivers.desc.FILES':
    'Jeder Server schreibt, was er anwenden würde, in den Datenordner; sonst muss nichts installiert sein. Zum Ausprobieren.',
  'firstRun.drivers.REAL': 'nginx, BIND und MariaDB',
  'firstRun.drivers.desc.REAL':
    'Schreibt nach /etc/nginx/heliosphere und /etc/bind/heliosphere und verwaltet MariaDB als root auf 127.0.0.1; Mail bleibt bei Dateien. Passen Sie die Einstellungen jedes Servers danach an.',
  'firstRun.create': 'Aufbau anlegen',
  'firstRun.complete': 'Einrichtung abgeschlossen: Kunden können jetzt bedient werden.',
};
