import type { paymentsEn } from './payments.en';

/** German messages of paying invoices. */
export const paymentsDe: Record<keyof typeof paymentsEn, string> = {
  'payments.testMode.title': 'Testmodus:',
  'payments.testMode.text':
    'Es fließt kein echtes Geld. Verwenden Sie die Testkarte 4242 4242 4242 4242 mit einem beliebigen künftigen Ablaufdatum und einer beliebigen Prüfnummer.',
  'payments.testMode.badge': 'Testmodus',
  'payments.testMode.badgeHint': 'Ein Zahlungsanbieter im Testmodus: kein echtes Geld',

  'payments.card.number': 'Kartennummer',
  'payments.card.expMonth': 'Ablaufmonat',
  'payments.card.expMonthPlaceholder': 'MM',
  'payments.card.expYear': 'Ablaufjahr',
  'payments.card.expYearPlaceholder': 'JJJJ',
  'payments.card.cvc': 'Prüfnummer',
  'payments.card.cvcHint': 'Die 3 oder 4 Ziffern auf der Rückseite.',
  'payments.card.holderName': 'Name auf der Karte',
  'payments.card.refused': 'Karte: {message}',
  'payments.card.error.month': 'Geben Sie den Monat als Zahl ein, 1–12.',
  'payments.card.error.year': 'Geben Sie das Jahr vierstellig ein, z. B. 2030.',

  'payments.gateway.label': 'Bezahlen über',
  'payments.gateway.only': 'Abgerechnet über {name}.',
  'payments.gateway.optionTest': '{name} (Testmodus)',

  'payments.pay.title': 'Diese Rechnung bezahlen',
  'payments.pay.amountDue': 'Offener Betrag',
  'payments.pay.noOptions':
    'Diese Rechnung kann nicht online bezahlt werden. Bitte fragen Sie uns nach anderen Zahlungswegen.',
  'payments.pay.withCard': 'Mit {card} bezahlen',
  'payments.pay.withGateway': 'Mit {name} bezahlen',
  'payments.pay.how': 'Wie möchten Sie bezahlen?',
  'payments.pay.savedSubmit': '{amount} mit {card} bezahlen',
  'payments.pay.toGateway': 'Weiter zu {name}',
  'payments.pay.newCard': 'Mit einer neuen Karte bezahlen',
  'payments.pay.saveCard': 'Diese Karte für automatische Zahlungen speichern',
  'payments.pay.saveCardHint':
    'Spätere Rechnungen werden bei Fälligkeit von ihr abgebucht. Sie können sie auf der Seite Abrechnung entfernen.',
  'payments.pay.submit': '{amount} bezahlen',
  'payments.pay.paying': 'Zahlung läuft…',

  'payments.outcome.succeeded': 'Zahlung erhalten: {amount}. Vielen Dank.',
  'payments.outcome.declined': 'Die Zahlung wurde abgelehnt. Es wurde nichts abgebucht.',
  'payments.outcome.failed': 'Die Zahlung ist nicht durchgegangen. Es wurde nichts abgebucht.',
  'payments.outcome.held':
    'Der Zahlungsanbieter hat zu dieser Zahlung etwas Unerwartetes gemeldet. Wir prüfen sie und schreiben sie gut, sobald sie bestätigt ist.',
  'payments.outcome.cancelled': 'Zahlung abgebrochen. Es wurde nichts abgebucht.',
  'payments.outcome.waitingRedirect': 'Warten auf die Bestätigung des Zahlungsanbieters…',
  'payments.outcome.pendingCard':
    'Der Zahlungsanbieter hat noch nicht geantwortet. Die Zahlung wird automatisch wiederholt und nie doppelt abgebucht; diese Seite zeigt das Ergebnis, sobald es vorliegt.',

  'payments.invoice.payments': 'Zahlungen zu dieser Rechnung',
  'payments.list.title': 'Karten- und Onlinezahlungen',
  'payments.list.empty': 'Noch keine Zahlungen.',
  'payments.col.date': 'Datum',
  'payments.invoiceLink': 'Rechnung ansehen',
  'payments.col.state': 'Status',
  'payments.col.amount': 'Betrag',
  'payments.col.via': 'Karte oder Anbieter',
  'payments.kind.REFUND': 'Erstattung',
  'payments.state.PENDING': 'Ausstehend',
  'payments.state.SUCCEEDED': 'Erfolgreich',
  'payments.state.DECLINED': 'Abgelehnt',
  'payments.state.FAILED': 'Fehlgeschlagen',
  'payments.state.HELD': 'Zur Prüfung angehalten',
  'payments.state.CANCELLED': 'Abgebrochen',
  'payments.received': 'Gemeldet:',

  'payments.savedCard.title': 'Gespeicherte Karte',
  'payments.savedCard.intro':
    'Eine gespeicherte Karte bezahlt Ihre Rechnungen automatisch bei Fälligkeit. Ihre Nummer verwahrt der Zahlungsanbieter, nicht wir.',
  'payments.savedCard.none': 'Keine Karte gespeichert.',
  'payments.savedCard.expires': 'Gültig bis {date}',
  'payments.savedCard.remove': 'Entfernen',
  'payments.savedCard.removeQuestion': '{card} entfernen?',
  'payments.savedCard.removed': '{card} entfernt.',
  'payments.savedCard.add': 'Eine Karte speichern',
  'payments.savedCard.replace': 'Die Karte ersetzen',
  'payments.savedCard.submit': 'Karte speichern',
  'payments.savedCard.saved': '{card} gespeichert.',
  'payments.savedCard.noGateway': 'Karten können nicht gespeichert werden: Kein Kartenanbieter nimmt Ihre Währung an.',

  'payments.refund.open': 'Erstatten',
  'payments.refund.title': 'Erstattung an {via}',
  'payments.refund.intro':
    'Bis zu {amount} können erstattet werden. Das Geld geht über den Zahlungsanbieter zurück; die Buchung folgt, sobald er sie bestätigt.',
  'payments.refund.amount': 'Betrag in {currency}',
  'payments.refund.reason': 'Grund',
  'payments.refund.reasonHint': 'Mindestens 3 Zeichen; wird im Prüfprotokoll festgehalten.',
  'payments.refund.submit': 'Erstatten',
  'payments.refund.done': 'Erstattung von {amount} an {via} ausgeführt.',
  'payments.refund.pending':
    'Erstattung von {amount} an {via} gesendet; warten auf die Bestätigung des Zahlungsanbieters.',
  'payments.refund.refused': 'Der Zahlungsanbieter hat die Erstattung abgelehnt: {reason}',

  'payments.held.open': 'Prüfen',
  'payments.held.title': 'Eine angehaltene Zahlung prüfen',
  'payments.held.reason': 'Warum sie angehalten ist',
  'payments.held.amount': 'Geforderter Betrag',
  'payments.held.received': 'Vom Anbieter gemeldet',
  'payments.held.note': 'Was Sie geprüft haben',
  'payments.held.noteHint': 'Mindestens 3 Zeichen; wird im Prüfprotokoll festgehalten.',
  'payments.held.transactionId': 'Transaktionsnummer beim Anbieter',
  'payments.held.credit': '{amount} gutschreiben',
  'payments.held.cancel': 'Die Zahlung verwerfen',
  'payments.held.credited': '{amount} wurden dem Konto gutgeschrieben.',
  'payments.held.cancelled': 'Die angehaltene Zahlung wurde verworfen; nichts wurde gutgeschrieben.',
};
