/** Het kader van de portal (Nederlands). */
import type { shell as en } from '../en/shell';

export const shell: Record<keyof typeof en, string> = {
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
};
