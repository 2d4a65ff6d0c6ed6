/** Werken op een tenant (Nederlands): verbinden, aanmelden, opnieuw verwerken per lid, de kopie van de tenant. */
import type { tenant as en } from '../en/tenant';

export const tenant: Record<keyof typeof en, string> = {
  'live.connect.title': 'Verbinding maken met een tenant',
  'live.connect.intro':
    'Beheer de licenties van uw eigen Microsoft 365-tenant. Registreer eerst een app in Microsoft Entra ID (toepassing met één pagina, omleidings-URI hieronder); de portal meldt u aan bij Microsoft en roept Microsoft Graph aan met uw machtigingen.',
  'live.connect.redirectUri': 'Te registreren omleidings-URI: {uri}',
  'live.connect.clientId': 'Toepassings-id (client)',
  'live.connect.clientIdHint':
    'Uit het overzicht van de app-registratie, zoals 00000000-0000-0000-0000-000000000000.',
  'live.connect.tenant': 'Map-id (tenant) of domein',
  'live.connect.tenantHint':
    'De id van uw tenant, een domein zoals contoso.onmicrosoft.com, of organizations.',
  'live.connect.submit': 'Verbinden',
  'live.connect.cancel': 'Annuleren',
  'live.connect.clientIdRequired': 'Voer de toepassings-id (client) in.',
  'live.connect.clientIdNotGuid':
    'Een toepassings-id (client) is een GUID, zoals 00000000-0000-0000-0000-000000000000.',
  'live.connect.tenantRequired': 'Voer de tenant-id of een van de domeinen in.',
  'live.connect.tenantInvalid':
    'Voer een tenant-id (een GUID), een domein zoals contoso.onmicrosoft.com, of organizations in.',
  'live.connect.tenantPersonal':
    'Persoonlijke Microsoft-accounts hebben geen beheerdersrollen: gebruik de id van uw tenant, een domein of organizations.',
  'live.signIn.title': 'Aanmelden bij uw tenant',
  'live.signIn.body': 'Meld u aan met een werkaccount dat een beheerdersrol heeft in {tenant}.',
  'live.signIn.button': 'Aanmelden met Microsoft',
  'live.signIn.pick': 'Kies een account',
  'live.signIn.another': 'Een ander account gebruiken',
  'live.signIn.failed': 'Aanmelden is niet voltooid',
  'live.signIn.code': 'Foutcode: {code}',
  'live.error.appNotFound':
    'De tenant kent deze toepassings-id (client) niet. Controleer de id, en of de app in deze tenant of als multitenant is geregistreerd.',
  'live.error.redirectUri':
    'De app-registratie bevat de omleidings-URI van deze pagina niet. Voeg deze toe als omleidings-URI voor een toepassing met één pagina.',
  'live.error.tenantNotFound': 'Er is geen tenant met deze id of dit domein. Controleer de tenant.',
  'live.error.consentRequired':
    'De portal heeft machtigingen nodig waarvoor nog geen toestemming is gegeven. Vraag een beheerder om beheerderstoestemming te verlenen voor de app-registratie.',
  'live.error.wrongTenant':
    'Dit account hoort niet bij de tenant. Meld u aan met een account van de tenant.',
  'live.error.cancelled': 'Aanmelden is geannuleerd.',
  'live.error.inProgress':
    'Er wordt in deze browser al aangemeld. Voltooi dat of laad de pagina opnieuw.',
  'live.error.network':
    'Microsoft Entra is niet bereikbaar. Controleer de netwerkverbinding en probeer het opnieuw.',
  'live.error.timedOut': 'Microsoft Entra reageerde niet op tijd. Probeer het opnieuw.',
  'live.error.signInAgain': 'Uw sessie is beëindigd. Meld u opnieuw aan.',
  'live.error.stateMismatch':
    'Het aanmeldingsantwoord hoorde niet bij de aanvraag (mogelijk is in een ander tabblad aangemeld). Probeer het opnieuw.',
  'live.error.other': 'Microsoft Entra heeft de aanmelding geweigerd.',
  'live.reprocess.progress': '{done, number} van {total, number} gebruikers opnieuw verwerkt',
  'live.reprocess.cancel': 'Opnieuw verwerken annuleren',
  'live.reprocess.done': '{total, number} gebruikers opnieuw verwerkt',
  'live.reprocess.cancelled':
    'Opnieuw verwerken geannuleerd na {done, number} van {total, number} gebruikers',
  'live.reprocess.failed':
    '{failed, number} van {total, number} gebruikers konden niet opnieuw worden verwerkt',
  // De kopie van de tenant waarop voorbeelden, Waarom? en Regels valideren rekenen in de livemodus.
  'live.copy.starting': 'Een kopie van de tenant wordt uit Microsoft Graph gelezen…',
  'live.copy.phase.organization': 'Kopie van de tenant lezen: de organisatie',
  'live.copy.phase.skus': 'Kopie van de tenant lezen: producten',
  'live.copy.phase.users': 'Kopie van de tenant lezen: gebruikers, tot nu toe {done, number}',
  'live.copy.phase.groups': 'Kopie van de tenant lezen: groepen, tot nu toe {done, number}',
  'live.copy.phase.members': 'Kopie van de tenant lezen: leden, tot nu toe {done, number} groepen',
  'live.copy.progress.organization': 'Kopie van de tenant lezen: de organisatie',
  'live.copy.progress.skus':
    'Kopie van de tenant lezen: producten {done, number} van {total, number}',
  'live.copy.progress.users':
    'Kopie van de tenant lezen: gebruikers {done, number} van {total, number}',
  'live.copy.progress.groups':
    'Kopie van de tenant lezen: groepen {done, number} van {total, number}',
  'live.copy.progress.members':
    'Kopie van de tenant lezen: leden van groepen {done, number} van {total, number}',
  'live.copy.taken': 'Kopie van de tenant gemaakt {age}',
  'live.copy.refreshing': 'Kopie van de tenant gemaakt {age}. {progress}',
  'live.copy.refresh': 'Kopie vernieuwen',
  'live.copy.failed': 'De kopie van de tenant kon niet worden gelezen: {message}',
  'live.copy.retry': 'Opnieuw proberen',
  'live.copy.staleTitle': 'Voorbeeld op een oudere kopie',
  'live.copy.staleQuestion':
    'Deze wijziging raakt {count, plural, one {# gebruiker} other {# gebruikers}}, en het voorbeeld is berekend op een kopie van de tenant die {age} is gemaakt. Vernieuw de kopie om het voorbeeld op de tenant zoals die nu is te zien, of sla de wijziging op zoals het voorbeeld die toont.',
  'live.copy.saveOnCopy': 'Opslaan op de kopie van {age}',
  'live.copy.staleUndoQuestion':
    'Deze wijziging ongedaan maken raakt {count, plural, one {# gebruiker} other {# gebruikers}}, en het voorbeeld is berekend op een kopie van de tenant die {age} is gemaakt. Vernieuw de kopie om het voorbeeld op de tenant zoals die nu is te zien, of maak de wijziging ongedaan zoals het voorbeeld die toont.',
  'live.copy.undoOnCopy': 'Ongedaan maken op de kopie van {age}',
  'live.copy.storeUnreadable':
    'De kopie van de tenant die in deze browser was bewaard, kon niet worden gelezen. Die is opzijgezet en er wordt een nieuwe kopie uit Microsoft Graph gelezen.',
  'live.copy.storeUnsaved':
    'De kopie van de tenant kon niet in deze browser worden bewaard: bij uw volgende bezoek wordt die opnieuw uit Microsoft Graph gelezen.',
};
