/** Het eerste blade (Licenties → Overzicht): licenties per product en groepen met fouten. */
import type { overview as en } from '../en/overview';

export const overview: Record<keyof typeof en, string> = {
  'products.errors.title':
    '{count, plural, one {# groep heeft leden met licentiefouten} other {# groepen hebben leden met licentiefouten}}',
  'products.errors.body':
    'Sommige gebruikers hebben hun licenties niet gekregen. Open een groep om te zien wie en waarom.',
  'products.errors.link': 'Groepen met licentiefouten weergeven',
  'products.errors.list': 'Groepen met licentiefouten',
  'products.overview.title': 'Licenties',
  'products.overview.subtitle': 'Overzicht',
  'products.overview.intro':
    'Beheer licenties op basis van groepen in Microsoft Entra: bekijk welke producten uw organisatie bezit, welke groepen en gebruikers ze hebben, en waarom elke toewijzing is geslaagd of mislukt.',
  'products.overview.seats': 'Licenties per product',
  'products.overview.tab.overview': 'Overzicht',
  'products.overview.tab.cost': 'Kosten',
  'products.overview.tab.prices': 'Prijzen',
  'cost.subtitle': 'Kosten',
  'cost.noPrices.body':
    'Voer in wat elk product per maand kost, in de tabel of uit een CSV-bestand, en de portal laat zien wat uw licenties kosten en welke licenties betaald maar ongebruikt zijn.',
  'cost.noPrices.link': 'Prijzen invoeren',
  'cost.monthly': 'Maandelijkse kosten',
  'cost.idle': 'Kosten van ongebruikte licenties',
  'cost.inactive': 'Kosten van inactieve gebruikers',
  'cost.unpriced':
    '{count, plural, one {# product heeft geen prijs en telt niet mee.} other {# producten hebben geen prijs en tellen niet mee.}}',
  'products.overview.all': 'Alle producten weergeven',
  'products.loading': 'Producten laden',
  'products.loadFailed': 'Kan producten niet laden',
  'products.none': 'Nog geen producten',
  'products.noneBody':
    'Producten worden hier weergegeven zodra de organisatie een abonnement koopt.',
  'products.meter.withExpiring': '{seats}, {expiring}',
  'licensing.seats.meter':
    '{assigned, number} van {total, number} toegewezen, {available, number} beschikbaar',
  'licensing.seats.assigned': '{assigned, number} van {total, number} licenties toegewezen',
  'licensing.seats.expiring': '{count, number} verlopen binnenkort',
  'licensing.seats.expiringOn': '{count, number} verlopen op {date}',
};
