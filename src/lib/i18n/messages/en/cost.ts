/**
 * Cost and idle seats (issue #15): the Cost tab, the Prices editor and the prices CSV's errors.
 * Loaded with the cost blades and with the Overview's cost numbers.
 */
export const cost = {
  'cost.title': 'Licenses',
  'cost.subtitle': 'Cost',
  'cost.pricesSubtitle': 'Prices',
  'cost.commands': 'Cost commands',
  'cost.download': 'Download CSV',
  'cost.editPrices': 'Edit prices',
  'cost.loading': 'Loading costs',
  'cost.loadFailed': 'Could not load the licensed users',
  'cost.noPrices.title': 'No prices yet',
  'cost.noPrices.body':
    'Enter what each product costs a month, in the table or from a CSV file, and the portal shows what your licenses cost and which seats are paid for but unused.',
  'cost.noPrices.link': 'Enter prices',
  'cost.monthly': 'Monthly spend',
  'cost.idle': 'Idle spend',
  'cost.inactive': 'Inactive users’ spend',
  'cost.perMonth': '{amount} a month',
  'cost.unpriced':
    '{count, plural, one {# product has no price and is left out.} other {# products have no price and are left out.}}',
  'cost.idleExplained': 'Idle: seats bought and not assigned, at their price.',
  'cost.groupsExplained':
    'A user licensed for a product by two groups counts under both groups, since either group alone keeps the seat: the groups can add up to more than the monthly spend.',
  'cost.by': 'Spend by',
  'cost.by.product': 'Product',
  'cost.by.department': 'Department',
  'cost.by.country': 'Country',
  'cost.by.group': 'Licensing group',
  'cost.chart': 'Monthly spend by {by}',
  'cost.table': 'Monthly spend by {by}',
  'cost.col.name': 'Name',
  'cost.col.seats': 'Seats in use',
  'cost.col.idleSeats': 'Idle seats',
  'cost.col.price': 'Price per seat',
  'cost.col.spend': 'Monthly spend',
  'cost.col.idleSpend': 'Idle spend',
  'cost.noDepartment': 'No department',
  'cost.noCountry': 'No usage location',
  'cost.direct': 'Assigned directly',
  'cost.noPrice': 'No price',
  'cost.rowsPartial': 'Leaves out {seats, number} seats of products without a price',
  'prices.intro':
    'The monthly price of one seat of each product, in one currency. Prices are kept in this browser for this tenant.',
  'prices.currency': 'Currency',
  'prices.table': 'Prices per product',
  'prices.col.product': 'Product',
  'prices.col.partNumber': 'Part number',
  'prices.col.price': 'Monthly price per seat',
  'prices.priceOf': 'Monthly price of {product}',
  'prices.save': 'Save prices',
  'prices.saved': 'Prices saved',
  'prices.import': 'Import CSV',
  'prices.importHelp':
    'One product a line: skuPartNumber,price,currency (for example ENTERPRISEPACK,36.00,EUR). The header line is optional; use a decimal point.',
  'prices.imported': '{count, plural, one {# price imported} other {# prices imported}}',
  'prices.importFailed': 'Nothing was imported: the file has problems',
  'prices.tableFailed': 'Nothing was saved: some prices have problems',
  'prices.clear': 'Clear prices',
  'prices.line': 'Line {line}: {problem}',
  'prices.problem.notNumber':
    '“{value}” is not a price; write a number with a decimal point, such as 36.50.',
  'prices.problem.negative': 'the price {value} is negative.',
  'prices.problem.tooManyDecimals': 'the price {value} has more than 4 decimals.',
  'prices.problem.tooLarge': 'the price {value} is more than 100,000 a seat.',
  'prices.problem.formula': '“{value}” looks like a spreadsheet formula and is not taken.',
  'prices.problem.columns': 'expected 3 values (skuPartNumber,price,currency), found “{value}”.',
  'prices.problem.noProduct': 'no product part number.',
  'prices.problem.unknownProduct': 'your organization has no product “{value}”.',
  'prices.problem.duplicateProduct': 'the product “{value}” is in the file twice.',
  'prices.problem.unknownCurrency':
    '“{value}” is not an ISO 4217 currency code, such as EUR or USD.',
  'prices.problem.mixedCurrency':
    'the currency {value} differs from the file’s first line: use one currency for every product.',
  'prices.problem.currencyDiffers':
    'your other prices are in {value}; import the file in {value}, or clear the prices first.',
  'prices.problem.tooBig': 'the file is larger than 64 KB; a price list has one line per product.',
  'prices.problem.tooManyLines':
    'the file has more than 1,000 lines; a price list has one line per product.',
  'prices.problem.empty': 'the file has no prices.',
  'prices.problem.unreadable': 'a quoted value is not closed.',
} as const;
