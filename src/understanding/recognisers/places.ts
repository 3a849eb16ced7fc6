/** Countries (and a few cities) people name as sign-in origins. */
export const COUNTRIES: readonly string[] = [
  'Argentina', 'Australia', 'Austria', 'Belgium', 'Brazil', 'Bulgaria', 'Canada', 'Chile', 'China',
  'Colombia', 'Czechia', 'Denmark', 'Egypt', 'Finland', 'France', 'Germany', 'Greece', 'Hong Kong',
  'Hungary', 'India', 'Indonesia', 'Iran', 'Ireland', 'Israel', 'Italy', 'Japan', 'Kenya',
  'Malaysia', 'Mexico', 'Morocco', 'Netherlands', 'New Zealand', 'Nigeria', 'North Korea', 'Norway',
  'Pakistan', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Romania', 'Russia', 'Saudi Arabia',
  'Singapore', 'South Africa', 'South Korea', 'Spain', 'Sweden', 'Switzerland', 'Taiwan', 'Thailand',
  'Turkey', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States', 'Vietnam',
];

export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'United States', us: 'United States', america: 'United States', uk: 'United Kingdom',
  britain: 'United Kingdom', england: 'United Kingdom', uae: 'United Arab Emirates',
  holland: 'Netherlands', korea: 'South Korea',
};

export const CITIES: readonly string[] = [
  'Amsterdam', 'Berlin', 'Chicago', 'Dublin', 'London', 'Madrid', 'Moscow', 'Mumbai', 'New York',
  'Paris', 'Redmond', 'Sao Paulo', 'Seattle', 'Singapore', 'Sydney', 'Tokyo', 'Toronto', 'Lisbon',
  'Bangalore', 'Beijing', 'Lagos', 'Warsaw', 'Kyiv', 'Zurich', 'Munich', 'Rio de Janeiro',
];
