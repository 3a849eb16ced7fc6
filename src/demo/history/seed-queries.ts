/**
 * The four KQL examples of seed 000 (shared/seeds/000_*.txt, "Step 4"), verbatim but for the
 * service principal id, which `seedQuery` fills in with `kqlString` (the one KQL literal builder).
 * Tests run them on the embedded engine over the demo tenant's history; `entra-ask kql` can too.
 */
import { kqlString } from '../../kql/literal';

const SP = '"<your service principal-id>"';

/** Example 1: app role assignments, direct and through groups, for one snapshot date. */
export const SEED_EXAMPLE_1 = `/// Define constants 
let targetServicePrincipalId = "<your service principal-id>"; // Target Service Principal ID 
let targetSnapshotDate = datetime("2024-01-13"); // Target Snapshot Date for the data 

// Extract role assignments for the target Service Principal and Snapshot Date 
let roleAssignments = AppRoleAssignments 
\u202f \u202f | where ResourceId == targetServicePrincipalId and startofday(SnapshotDate) == targetSnapshotDate 
\u202f \u202f | extend AppRoleIdStr = tostring(AppRoleId); // Convert AppRoleId to string for easier comparison 

// Prepare user data from EntraUsers table 
let users = EntraUsers 
\u202f \u202f | project ObjectID, UserPrincipalName, DisplayName, ObjectIDStr = tostring(ObjectID); // Include ObjectID as string for joining 

// Prepare role data from AppRoles table 
let roles = AppRoles 
\u202f \u202f | mvexpand AppRoles // Expand AppRoles to handle multiple roles 
\u202f \u202f | extend RoleName = AppRoles.DisplayName, RoleId = tostring(AppRoles.Id) // Extract Role Name and ID 
\u202f \u202f | project RoleId, RoleName; 
// Process direct assignments 
let directAssignments = roleAssignments 
\u202f \u202f | join kind=inner users on $left.PrincipalId == $right.ObjectID // Join with EntraUsers on PrincipalId 
\u202f \u202f | join kind=inner roles on $left.AppRoleIdStr == $right.RoleId // Join with roles to get Role Names 
\u202f \u202f | project UserPrincipalName, DisplayName, CreatedDateTime, RoleName, AssignmentType = "Direct", SnapshotDate; 

// Process group-based assignments 

let groupAssignments = roleAssignments 
\u202f \u202f | join kind=inner EntraGroupMembership on $left.PrincipalId == $right.GroupId // Join with Group Membership 
\u202f \u202f | mvexpand Members // Expand group members 
\u202f \u202f | extend MembersStr = tostring(Members) // Convert member ID to string 
\u202f \u202f | distinct MembersStr, CreatedDateTime, AppRoleIdStr, SnapshotDate // Get distinct values 
\u202f \u202f | join kind=inner users on $left.MembersStr == $right.ObjectIDStr // Join with EntraUsers for user details 
\u202f \u202f | join kind=inner roles on $left.AppRoleIdStr == $right.RoleId // Join with roles for role names 
\u202f \u202f | project UserPrincipalName, DisplayName, CreatedDateTime, RoleName, AssignmentType = "Group", SnapshotDate; 

// Combine results from direct and group-based assignments 
directAssignments 
| union groupAssignments 
`;

/** Example 2: who was assigned the app between two dates (by assignment creation date). */
export const SEED_EXAMPLE_2 = `// Set the date range and service principal ID for the query 
let startDate = datetime('2024-01-01'); 
let endDate = datetime('2024-03-14'); 
let servicePrincipalId = "<your service principal-id>"; 

// Query AppRoleAssignments for the specified service principal within the date range 
AppRoleAssignments 
| where ResourceId == servicePrincipalId and 
    todatetime(CreatedDateTime) between (startDate .. endDate) 

// Extend AppRoleId to a string for joining 
| extend AppRoleIdStr = tostring(AppRoleId) 

// Project the necessary fields for the join with EntraUsers and AppRoles 
| project PrincipalId, AppRoleIdStr, CreatedDateTime 

// Join with EntraUsers to get user details 
| join kind=inner (EntraUsers | project UserPrincipalName, DisplayName, ObjectID) on $left.PrincipalId == $right.ObjectID 

// Join with AppRoles to get the role display names 
| join kind=inner ( 
  AppRoles | mvexpand AppRoles | project RoleIdStr = tostring(AppRoles.Id), RoleDisplayName = tostring(AppRoles.DisplayName) 
) on $left.AppRoleIdStr == $right.RoleIdStr 

// Final projection of the report with the current date and time 
| project UserPrincipalName, DisplayName, RoleDisplayName, CreatedDateTime, ReportDate = now() 
`;

/** Example 3: users added to the app between two snapshot dates. */
export const SEED_EXAMPLE_3 = `// Define the date range and service principal ID for the query 

let startDate = datetime("2024-03-01"); 
let endDate = datetime("2024-03-14"); 
let servicePrincipalId = "<your service principal-id>"; 
let earlierDate = startDate; // Update this to your specific earlier date 

AppRoleAssignments 
| where SnapshotDate < endDate and ResourceId == servicePrincipalId
| project PrincipalId, AppRoleId2 = tostring(AppRoleId), CreatedDateTime 
| join kind=anti ( 
\u202f \u202f AppRoleAssignments 
\u202f \u202f | where SnapshotDate < earlierDate and ResourceId == servicePrincipalId 
\u202f \u202f | project PrincipalId, AppRoleId1 = tostring(AppRoleId) 
) on PrincipalId 
| join kind=inner (EntraUsers) on $left.PrincipalId == $right.ObjectID 
| join kind=inner (AppRoles 
\u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f| mvexpand AppRoles 
\u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f| project AppRoleId=tostring(AppRoles.Id), RoleDisplayName=tostring(AppRoles.DisplayName) 
\u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f \u202f ) on $left.AppRoleId2 == $right.AppRoleId 
| project UserPrincipalName, DisplayName, RoleDisplayName, CreatedDateTime, PrincipalId, Change = "Added" 
`;

/** Example 4: Entra assignments and Salesforce's own export, side by side. */
export const SEED_EXAMPLE_4 = `// Define the date range and service principal ID for the query 

let startDate = datetime("2023-06-01"); 
let endDate = datetime("2024-03-13"); 
let servicePrincipalId = "<your service principal-id>"; 

// Pre-process AppRoleAssignments with specific filters and projections 
let processedAppRoleAssignments = AppRoleAssignments 
\u202f \u202f | where ResourceId == servicePrincipalId and todatetime(CreatedDateTime) between (startDate .. endDate) 
\u202f \u202f | extend AppRoleId = tostring(AppRoleId) 
\u202f \u202f | project PrincipalId, AppRoleId, CreatedDateTime, ResourceDisplayName; // Exclude DeletedDateTime and keep ResourceDisplayName 

// Pre-process AppRoles to get RoleDisplayName for each role 
let processedAppRoles = AppRoles 
\u202f \u202f | mvexpand AppRoles 
\u202f \u202f | project AppRoleId = tostring(AppRoles.Id), RoleDisplayName = tostring(AppRoles.DisplayName); 

// Main query: Process EntraUsers by joining with processed role assignments and roles 
EntraUsers 
\u202f \u202f | join kind=inner processedAppRoleAssignments on $left.ObjectID == $right.PrincipalId // Join with role assignments 
\u202f \u202f | join kind=inner processedAppRoles on $left.AppRoleId == $right.AppRoleId // Join with roles to get display names 

\u202f \u202f // Summarize to get the latest record for each unique combination of user and role attributes 
\u202f \u202f | summarize arg_max(AccountEnabled, *) by UserPrincipalName, DisplayName, tostring(EmployeeId), Department, JobTitle, ResourceDisplayName, RoleDisplayName, CreatedDateTime 

\u202f \u202f // Final projection of relevant fields including source indicator and report date 
\u202f \u202f | project UserPrincipalName, DisplayName, EmployeeId=tostring(EmployeeId), Department, JobTitle, AccountEnabled=tostring(AccountEnabled), ResourceDisplayName, RoleDisplayName, CreatedDateTime, Source="EntraUsers", ReportDate = now() 

// Union with processed salesforceAssignments to create a combined report 
| union ( 
\u202f \u202f salesforceAssignments 

\u202f \u202f // Project fields from salesforceAssignments to align with the EntraUsers data structure 
\u202f \u202f | project UserPrincipalName = UserName, DisplayName = Name, EmployeeId = tostring(EmployeeId), Department, JobTitle, AccountEnabled = "N/A", ResourceDisplayName = AppName, RoleDisplayName = Role, CreatedDateTime, Source = "salesforceAssignments", ReportDate = now() 
) 
`;

export const SEED_EXAMPLES = [SEED_EXAMPLE_1, SEED_EXAMPLE_2, SEED_EXAMPLE_3, SEED_EXAMPLE_4] as const;

/**
 * An example with the service principal id filled in and nothing else changed, or, with `dates`,
 * also its date literals' days swapped (`{ '2024-01-13': '2026-10-01' }`) to fall inside a
 * tenant's history.
 */
export function seedQuery(example: string, servicePrincipalId: string, dates: Readonly<Record<string, string>> = {}): string {
  let text = example.split(SP).join(kqlString(servicePrincipalId));
  for (const [from, to] of Object.entries(dates)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) throw new Error(`seedQuery: not a day: ${to}`);
    text = text.split(from).join(to);
  }
  return text;
}
