/**
 * Words before a value that names or addresses are matched against ("display names that contain the letters 'wa'", "a mail
 * that ends with 'a@contoso.com'", "starting with 'Graph'", "mail domain equal to 'hotmail.com'"), tested on ` w1 … w5 ` (up to five words just before the value, with a
 * space at each end). What follows them is a pattern, not a person, an address, the tenant's domain or a tool.
 */
export const PATTERN_BEFORE = / (?:contains?|containing|matching|matches|equal to|equals|(?:starts?|starting|begins?|beginning|ends?|ending) with)(?: the (?:letters?|words?|text|strings?|characters?|prefix|suffix))? $/;
