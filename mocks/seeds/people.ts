/** Word lists for realistic, deterministic people: names, departments, titles and places. */

/** Given names. */
export const FIRST_NAMES = [
  'Adele', 'Alex', 'Allan', 'Ana', 'Anders', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Christie', 'Daniel', 'Debra', 'Diego', 'Elena',
  'Emily', 'Enrico', 'Fatima', 'Grady', 'Hannah', 'Henrietta', 'Hiro', 'Ines', 'Isaiah', 'Jakob', 'Johanna', 'Joni', 'Kenji',
  'Laura', 'Lee', 'Lidia', 'Lynne', 'Maria', 'Megan', 'Miriam', 'Nestor', 'Nora', 'Omar', 'Patti', 'Pradeep', 'Priya', 'Quentin',
  'Raul', 'Rosa', 'Sakura', 'Sam', 'Sofia', 'Tomas', 'Uma', 'Victor', 'Wei', 'Yara', 'Zoe', 'Aisha', 'Bruno', 'Clara', 'Dmitri',
  'Eva', 'Felix', 'Greta', 'Hugo', 'Ivan', 'Jana', 'Karim', 'Lena', 'Mateo', 'Nina', 'Oscar', 'Paula', 'Rafael', 'Sven',
];

/** Family names. */
export const LAST_NAMES = [
  'Vance', 'Wilber', 'Deyoung', 'Bowen', 'Larsen', 'Walker', 'Johnson', 'Garcia', 'Wang', 'Cline', 'Brooks', 'Berry', 'Siciliani',
  'Petrova', 'Braun', 'Rossi', 'Khan', 'Archie', 'Schmidt', 'Fernandez', 'Tanaka', 'Moreau', 'Ortiz', 'Nowak', 'Lindqvist',
  'Sherman', 'Sato', 'Giannini', 'Lee', 'Holloway', 'Robbins', 'Lopez', 'Bowen', 'Caldwell', 'Zakharov', 'Novak', 'Haddad',
  'Fernandes', 'Gupta', 'Sharma', 'Dubois', 'Alvarez', 'Costa', 'Yamamoto', 'Turner', 'Muller', 'Kowalski', 'Iyer', 'Castro',
  'Chen', 'Rahman', 'Okafor', 'Jensen', 'Meyer', 'Silva', 'Ivanova', 'Nakamura', 'Bianchi', 'Moreno', 'Svensson', 'Kim',
];

/** Departments (the ones dynamic rules in the seeds use). */
export const DEPARTMENTS = ['Sales', 'Marketing', 'Engineering', 'Finance', 'Human Resources', 'Operations', 'Support', 'Legal', 'IT', 'Research'];

/** Job titles per department. */
export const TITLES: Readonly<Record<string, readonly string[]>> = {
  Sales: ['Account Executive', 'Sales Manager', 'Inside Sales Representative', 'Regional Sales Director'],
  Marketing: ['Marketing Specialist', 'Product Marketing Manager', 'Content Strategist', 'Brand Manager'],
  Engineering: ['Software Engineer', 'Senior Software Engineer', 'Engineering Manager', 'SDE II', 'Site Reliability Engineer'],
  Finance: ['Financial Analyst', 'Accountant', 'Controller', 'Payroll Specialist'],
  'Human Resources': ['HR Generalist', 'Recruiter', 'HR Business Partner'],
  Operations: ['Operations Analyst', 'Facilities Coordinator', 'Supply Chain Manager'],
  Support: ['Support Engineer', 'Customer Success Manager', 'Support Team Lead'],
  Legal: ['Corporate Counsel', 'Paralegal', 'Compliance Officer'],
  IT: ['IT Administrator', 'Systems Engineer', 'Helpdesk Technician'],
  Research: ['Research Scientist', 'Data Scientist', 'Research Lead'],
};

/** Country (ISO alpha-2), its English name, cities and how often it occurs. */
export const PLACES: readonly { code: string; country: string; cities: readonly string[]; weight: number }[] = [
  { code: 'US', country: 'United States', cities: ['Redmond', 'Seattle', 'New York', 'Chicago', 'Austin'], weight: 45 },
  { code: 'GB', country: 'United Kingdom', cities: ['London', 'Manchester', 'Reading'], weight: 10 },
  { code: 'DE', country: 'Germany', cities: ['Berlin', 'Munich', 'Hamburg'], weight: 8 },
  { code: 'FR', country: 'France', cities: ['Paris', 'Lyon'], weight: 6 },
  { code: 'NL', country: 'Netherlands', cities: ['Amsterdam', 'Rotterdam'], weight: 4 },
  { code: 'IN', country: 'India', cities: ['Bengaluru', 'Hyderabad', 'Pune'], weight: 10 },
  { code: 'JP', country: 'Japan', cities: ['Tokyo', 'Osaka'], weight: 5 },
  { code: 'CA', country: 'Canada', cities: ['Toronto', 'Vancouver'], weight: 5 },
  { code: 'AU', country: 'Australia', cities: ['Sydney', 'Melbourne'], weight: 4 },
  { code: 'BR', country: 'Brazil', cities: ['Sao Paulo', 'Rio de Janeiro'], weight: 3 },
];
