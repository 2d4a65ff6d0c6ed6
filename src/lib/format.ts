/** Numbers as the portal prints them (grouped: 1,234). */
const numbers = new Intl.NumberFormat('en-US');

export const formatCount = (n: number): string => numbers.format(n);
