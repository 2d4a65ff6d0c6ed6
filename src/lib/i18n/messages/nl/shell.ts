/** Het kader van de portal (Nederlands). */
import type { shell as en } from '../en/shell';

export const shell: Record<keyof typeof en, string> = {
  'shell.tagline': 'werkt met groepsgebaseerde licenties van Microsoft Entra',
  'shell.skipToMain': 'Naar de hoofdinhoud',
  'shell.theme.dark': 'Donker thema',
  'shell.theme.toLight': 'Overschakelen naar licht thema',
  'shell.theme.toDark': 'Overschakelen naar donker thema',
  'shell.graphWait': 'Wachten op Microsoft Graph',
  'shell.graphWaitSeconds': 'Wachten op Microsoft Graph ({seconds, number} s)',
  'shell.nav.label': 'Navigatie',
  'shell.nav.manage': 'Beheren',
  'shell.nav.monitoring': 'Bewaking',
  'shell.nav.users': 'Gebruikers',
  'shell.nav.groups': 'Groepen',
  'shell.nav.licenses': 'Licenties',
  'shell.nav.overview': 'Overzicht',
  'shell.nav.allProducts': 'Alle producten',
  'shell.nav.auditLogs': 'Controlelogboeken',
  'shell.account.label': 'Account: {name}, {roles}',
  'shell.account.noRole': 'Geen beheerdersrol',
  'shell.account.switch': 'Ander account',
  'shell.account.switched': 'Account gewisseld',
  'shell.account.switchedBody': 'Aangemeld als {userPrincipalName} ({roles}).',
  'shell.account.switchFailed': 'Aanmelden als {userPrincipalName} is mislukt',
  'shell.account.anotherAccount': 'Aanmelden met een ander account',
  'shell.account.signOut': 'Afmelden',
  'shell.language': 'Taal',
  'shell.reset.button': 'Demotenant herstellen',
  'shell.reset.onlyGlobalAdmin':
    'Alleen een globale beheerder kan de demotenant herstellen. U bent aangemeld als {roles}.',
  'shell.reset.title': 'De demotenant herstellen?',
  'shell.reset.confirm': 'Herstellen',
  'shell.reset.body':
    'Elke wijziging in deze demo (licenties, groepen, leden, gebruikers en controlerecords) wordt verwijderd en de tenant begint opnieuw met de gekozen beginsituatie. Dit kan niet ongedaan worden gemaakt.',
  'shell.reset.seedLabel': 'Beginnen met',
  'shell.reset.seed.default': 'Contoso',
  'shell.reset.seed.defaultHint':
    "Ongeveer 2.000 gebruikers, een beheerder per rol en de gedocumenteerde licentiescenario's met hun fouten. Binnen enkele seconden klaar.",
  'shell.reset.seed.empty': 'Leeg',
  'shell.reset.seed.emptyHint':
    'De organisatie en één globale beheerder, verder niets. Direct klaar.',
  'shell.reset.seed.large': 'Groot',
  'shell.reset.seed.largeHint':
    'Ongeveer 100.000 gebruikers en groepen tot 60.000 leden, om de portal op schaal te proberen. Het opbouwen duurt enkele seconden.',
  'shell.reset.done': 'Demotenant hersteld',
  'shell.reset.doneBody':
    'Gebruikers, groepen, producten en controlelogboeken beginnen opnieuw met de beginsituatie {seed}.',
  'shell.reset.failed': 'Kan de demotenant niet herstellen',
  'shell.readOnly.title': 'Alleen-lezen',
  'shell.readOnly.body':
    'U bent aangemeld als {roles}: u kunt alles in deze tenant zien en niets wijzigen. Besturingselementen die de tenant wijzigen, zijn uitgeschakeld.',
  'shell.readOnly.dismiss': 'Sluiten',
};
