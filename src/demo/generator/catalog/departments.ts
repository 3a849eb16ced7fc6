/** Departments of Woodgrove Bank, their weight in the crowd and their job titles. */

export interface Department {
  readonly name: string;
  /** Relative share of the crowd. */
  readonly weight: number;
  /** Title of the department's head (reports to the CEO). */
  readonly headTitle: string;
  /** Title of first-line managers. */
  readonly managerTitle: string;
  /** Titles of individual contributors. */
  readonly titles: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  { name: 'Retail Banking', weight: 22, headTitle: 'Director of Retail Banking', managerTitle: 'Branch Manager', titles: ['Personal Banker', 'Teller', 'Customer Service Representative', 'Mortgage Advisor'] },
  { name: 'Sales', weight: 12, headTitle: 'VP of Sales', managerTitle: 'Sales Manager', titles: ['Account Executive', 'Sales Representative', 'Business Development Manager', 'Sales Operations Analyst'] },
  { name: 'Finance', weight: 9, headTitle: 'Chief Financial Officer', managerTitle: 'Finance Manager', titles: ['Financial Analyst', 'Accountant', 'Payroll Specialist', 'Controller'] },
  { name: 'IT', weight: 9, headTitle: 'Chief Information Officer', managerTitle: 'IT Manager', titles: ['Systems Engineer', 'IT Support Specialist', 'Network Engineer', 'Cloud Engineer'] },
  { name: 'Security', weight: 3, headTitle: 'Chief Information Security Officer', managerTitle: 'SOC Manager', titles: ['SOC Analyst', 'Security Engineer', 'Identity Engineer'] },
  { name: 'Marketing', weight: 7, headTitle: 'Chief Marketing Officer', managerTitle: 'Marketing Manager', titles: ['Marketing Specialist', 'Content Strategist', 'Digital Marketing Analyst', 'Brand Designer'] },
  { name: 'Human Resources', weight: 5, headTitle: 'Chief People Officer', managerTitle: 'HR Manager', titles: ['HR Business Partner', 'Recruiter', 'Benefits Specialist'] },
  { name: 'Legal', weight: 3, headTitle: 'General Counsel', managerTitle: 'Legal Manager', titles: ['Corporate Counsel', 'Paralegal', 'Contracts Specialist'] },
  { name: 'Risk and Compliance', weight: 6, headTitle: 'Chief Risk Officer', managerTitle: 'Compliance Manager', titles: ['Compliance Officer', 'Risk Analyst', 'AML Investigator'] },
  { name: 'Operations', weight: 10, headTitle: 'Chief Operating Officer', managerTitle: 'Operations Manager', titles: ['Operations Analyst', 'Field Service Technician', 'Process Specialist', 'Facilities Coordinator'] },
  { name: 'Research', weight: 5, headTitle: 'Head of Research', managerTitle: 'Research Manager', titles: ['Research Analyst', 'Data Scientist', 'Quantitative Analyst'] },
  { name: 'Engineering', weight: 9, headTitle: 'VP of Engineering', managerTitle: 'Engineering Manager', titles: ['Software Engineer', 'Senior Software Engineer', 'QA Engineer', 'DevOps Engineer'] },
];
