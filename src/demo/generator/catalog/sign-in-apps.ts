/** First-party Microsoft apps and resources as they appear in sign-in logs (real well-known app ids). */

export interface SignInApp {
  readonly appId: string;
  readonly appDisplayName: string;
  readonly resourceId: string;
  readonly resourceDisplayName: string;
  /** `Browser` or `Mobile Apps and Desktop clients`. */
  readonly clientAppUsed: string;
}

export const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export const RESOURCES = {
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  aad: { id: '00000002-0000-0000-c000-000000000000', name: 'Windows Azure Active Directory' },
  exchange: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  arm: { id: '797f4846-ba00-4fd7-ba43-dac1f8f63013', name: 'Windows Azure Service Management API' },
  teams: { id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', name: 'Microsoft Teams Services' },
} as const;

type ResourceKey = keyof typeof RESOURCES;

function app(appId: string, name: string, resource: ResourceKey, clientAppUsed: string): SignInApp {
  const r = RESOURCES[resource];
  return { appId, appDisplayName: name, resourceId: r.id, resourceDisplayName: r.name, clientAppUsed };
}

const BROWSER = 'Browser';
const CLIENT = 'Mobile Apps and Desktop clients';

export const APPS = {
  teams: app('1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams', 'teams', CLIENT),
  teamsWeb: app('5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client', 'teams', BROWSER),
  officeHome: app('4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome', 'graph', BROWSER),
  office: app('d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office', 'graph', CLIENT),
  outlookWeb: app('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online', 'exchange', BROWSER),
  outlookMobile: app('27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile', 'exchange', CLIENT),
  sharepoint: app('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online', 'sharepoint', BROWSER),
  oneDrive: app('ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive SyncEngine', 'sharepoint', CLIENT),
  myApps: app('2793995e-0a7d-40d7-bd35-6968ba142197', 'My Apps', 'graph', BROWSER),
  mySignins: app('19db86c3-b2b9-44cc-b339-36da233a3be2', 'My Signins', 'graph', BROWSER),
  windowsSignIn: app('38aa3b87-a06d-4817-b275-7a316988d93b', 'Windows Sign In', 'aad', CLIENT),
  azurePortal: app('c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal', 'arm', BROWSER),
  graphPowerShell: app('14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools', 'graph', CLIENT),
  azureCli: app('04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI', 'arm', CLIENT),
  powerBi: app('871c010f-5e61-4fb1-83ac-98610a7e9110', 'Power BI Desktop', 'graph', CLIENT),
  authBroker: app('29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker', 'aad', CLIENT),
} as const;

export type AppKey = keyof typeof APPS;

/** Interactive app mix of an ordinary employee. */
export const EMPLOYEE_APP_WEIGHTS: readonly (readonly [AppKey, number])[] = [
  ['teams', 18], ['officeHome', 14], ['outlookWeb', 14], ['office', 10], ['sharepoint', 9],
  ['teamsWeb', 5], ['outlookMobile', 8], ['windowsSignIn', 8], ['myApps', 4], ['oneDrive', 3],
  ['powerBi', 2], ['mySignins', 1],
];

/** Extra interactive apps of administrators and engineers. */
export const ADMIN_APP_WEIGHTS: readonly (readonly [AppKey, number])[] = [
  ['azurePortal', 22], ['graphPowerShell', 6], ['azureCli', 4], ['teams', 14], ['officeHome', 10],
  ['outlookWeb', 10], ['office', 6], ['sharepoint', 5], ['windowsSignIn', 6], ['myApps', 3],
];

/** Non-interactive (token refresh) app mix. */
export const NON_INTERACTIVE_APP_WEIGHTS: readonly (readonly [AppKey, number])[] = [
  ['teams', 30], ['office', 18], ['oneDrive', 14], ['outlookMobile', 12], ['authBroker', 10],
  ['officeHome', 6], ['sharepoint', 6], ['powerBi', 4],
];
