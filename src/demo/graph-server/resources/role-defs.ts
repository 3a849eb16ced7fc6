import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';
import { toDirectoryObject, toOne } from './related';

const roleBase = { dialect: 'directory', count: 'none', pageSize: 1000, maxTop: 1000 } as const;

/** `/roleManagement/directory/roleDefinitions` */
export const roleDefinitionsDef: CollectionDef = defineCollection({
  ...roleBase,
  entityType: 'unifiedRoleDefinition',
  filter: {
    properties: {
      ...same('eq in', ['id', 'templateId', 'isBuiltIn', 'isEnabled']),
      displayName: 'eq in startsWith',
    },
    not: 'never',
  },
  orderBy: { basic: ['displayName'], advanced: [] },
});

const assignmentExpand = {
  principal: toDirectoryObject('principal'),
  roleDefinition: toOne('roleDefinition', 'roleDefinitions'),
};

/** `/roleManagement/directory/roleAssignments`, with `$expand=principal` / `roleDefinition`. */
export const roleAssignmentsDef: CollectionDef = defineCollection({
  ...roleBase,
  entityType: 'unifiedRoleAssignment',
  filter: {
    properties: same('eq in', ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId']),
    not: 'never',
  },
  expand: assignmentExpand,
});

/** `/roleManagement/directory/roleEligibilitySchedules`, with `$expand=principal` / `roleDefinition`. */
export const roleEligibilitySchedulesDef: CollectionDef = defineCollection({
  ...roleBase,
  entityType: 'unifiedRoleEligibilitySchedule',
  filter: {
    properties: same('eq in', ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId', 'status', 'memberType']),
    not: 'never',
  },
  expand: assignmentExpand,
});

/** `/directoryRoles` (activated roles) and their members. */
export const directoryRolesDef: CollectionDef = defineCollection({
  ...roleBase,
  entityType: 'directoryRole',
  filter: { properties: same('eq', ['id', 'roleTemplateId', 'displayName']), not: 'never' },
});
