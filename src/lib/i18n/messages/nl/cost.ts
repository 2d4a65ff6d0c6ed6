/** Kosten en ongebruikte licenties (issue #15): het tabblad Kosten, de prijzen en de fouten van het CSV-bestand. */
import type { cost as en } from '../en/cost';

export const cost: Record<keyof typeof en, string> = {
  'cost.title': 'Licenties',
  'cost.subtitle': 'Kosten',
  'cost.pricesSubtitle': 'Prijzen',
  'cost.commands': 'Opdrachten voor kosten',
  'cost.download': 'CSV downloaden',
  'cost.editPrices': 'Prijzen bewerken',
  'cost.loading': 'Kosten laden',
  'cost.loadFailed': 'Kan de gebruikers met licenties niet laden',
  'cost.noPrices.title': 'Nog geen prijzen',
  'cost.noPrices.body':
    'Voer in wat elk product per maand kost, in de tabel of uit een CSV-bestand, en de portal laat zien wat uw licenties kosten en welke licenties betaald maar ongebruikt zijn.',
  'cost.noPrices.link': 'Prijzen invoeren',
  'cost.monthly': 'Maandelijkse kosten',
  'cost.idle': 'Kosten van ongebruikte licenties',
  'cost.inactive': 'Kosten van inactieve gebruikers',
  'cost.perMonth': '{amount} per maand',
  'cost.unpriced':
    '{count, plural, one {# product heeft geen prijs en telt niet mee.} other {# producten hebben geen prijs en tellen niet mee.}}',
  'cost.idleExplained': 'Ongebruikt: gekochte licenties die niet zijn toegewezen, tegen hun prijs.',
  'cost.groupsExplained':
    'Een gebruiker die een product van twee groepen krijgt, telt bij beide groepen mee, omdat elke groep alleen de licentie al vasthoudt: de groepen kunnen samen meer zijn dan de maandelijkse kosten.',
  'cost.by': 'Kosten per',
  'cost.by.product': 'Product',
  'cost.by.department': 'Afdeling',
  'cost.by.country': 'Land',
  'cost.by.group': 'Licentiegroep',
  'cost.chart': 'Maandelijkse kosten per {by}',
  'cost.table': 'Maandelijkse kosten per {by}',
  'cost.col.name': 'Naam',
  'cost.col.seats': 'Licenties in gebruik',
  'cost.col.idleSeats': 'Ongebruikte licenties',
  'cost.col.price': 'Prijs per licentie',
  'cost.col.spend': 'Maandelijkse kosten',
  'cost.col.idleSpend': 'Kosten ongebruikt',
  'cost.noDepartment': 'Geen afdeling',
  'cost.noCountry': 'Geen gebruikslocatie',
  'cost.direct': 'Rechtstreeks toegewezen',
  'cost.noPrice': 'Geen prijs',
  'cost.rowsPartial': 'Zonder {seats, number} licenties van producten zonder prijs',
  'prices.intro':
    'De maandprijs van één licentie van elk product, in één valuta. Prijzen worden in deze browser bewaard voor deze tenant.',
  'prices.currency': 'Valuta',
  'prices.table': 'Prijzen per product',
  'prices.col.product': 'Product',
  'prices.col.partNumber': 'Onderdeelnummer',
  'prices.col.price': 'Maandprijs per licentie',
  'prices.priceOf': 'Maandprijs van {product}',
  'prices.save': 'Prijzen opslaan',
  'prices.saved': 'Prijzen opgeslagen',
  'prices.import': 'CSV importeren',
  'prices.importHelp':
    'Eén product per regel: skuPartNumber,price,currency (bijvoorbeeld ENTERPRISEPACK,36.00,EUR). De kopregel is optioneel; gebruik een decimale punt.',
  'prices.imported': '{count, plural, one {# prijs geïmporteerd} other {# prijzen geïmporteerd}}',
  'prices.importFailed': 'Er is niets geïmporteerd: het bestand bevat fouten',
  'prices.tableFailed': 'Er is niets opgeslagen: sommige prijzen bevatten fouten',
  'prices.clear': 'Prijzen wissen',
  'prices.line': 'Regel {line}: {problem}',
  'prices.problem.notNumber':
    '‘{value}’ is geen prijs; schrijf een getal met een decimale punt, zoals 36.50.',
  'prices.problem.negative': 'de prijs {value} is negatief.',
  'prices.problem.tooManyDecimals': 'de prijs {value} heeft meer dan 4 decimalen.',
  'prices.problem.tooLarge': 'de prijs {value} is meer dan 100.000 per licentie.',
  'prices.problem.formula': '‘{value}’ lijkt op een spreadsheetformule en wordt niet overgenomen.',
  'prices.problem.columns':
    '3 waarden verwacht (skuPartNumber,price,currency), gevonden: ‘{value}’.',
  'prices.problem.noProduct': 'geen onderdeelnummer van een product.',
  'prices.problem.unknownProduct': 'uw organisatie heeft geen product ‘{value}’.',
  'prices.problem.duplicateProduct': 'het product ‘{value}’ staat twee keer in het bestand.',
  'prices.problem.unknownCurrency': '‘{value}’ is geen ISO 4217-valutacode, zoals EUR of USD.',
  'prices.problem.mixedCurrency':
    'de valuta {value} verschilt van die op de eerste regel: gebruik één valuta voor alle producten.',
  'prices.problem.currencyDiffers':
    'uw andere prijzen zijn in {value}; importeer het bestand in {value}, of wis eerst de prijzen.',
  'prices.problem.tooBig':
    'het bestand is groter dan 64 KB; een prijslijst heeft één regel per product.',
  'prices.problem.tooManyLines':
    'het bestand heeft meer dan 1.000 regels; een prijslijst heeft één regel per product.',
  'prices.problem.empty': 'het bestand bevat geen prijzen.',
  'prices.problem.unreadable': 'een waarde tussen aanhalingstekens wordt niet afgesloten.',
};
