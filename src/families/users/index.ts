import { defineFamily, handler } from '../family';
import { answerUserApps } from './user-apps.answer';
import { answerPasswordChange, answerUserAccessPackages, answerUserAuthMethods, answerUserDevices, answerUserRoles } from './users-access.answer';
import { nextUserApps, nextUserRoles, planPasswordChange, planUserAccessPackages, planUserApps, planUserAuthMethods, planUserDevices, planUserRoles, refuseUserDevices, USER_APPS_WITH_LOOKUP } from './users-access.plan';
import { answerUsersInactive, answerUsersSearch } from './users-search.answer';
import { planUsersInactive, planUsersSearch } from './users-search.plan';
import { answerUserDetails, answerUserGroups } from './users.answer';
import { answerDirectReports } from './direct-reports.answer';
import { planDirectReports } from './direct-reports.plan';
import { answerMfaStatus } from './mfa-status.answer';
import { planMfaStatus } from './mfa-status.plan';
import { answerDeletedUsers } from './deleted-users.answer';
import { planDeletedUsers } from './deleted-users.plan';
import { planUserDetails, planUserGroups } from './users.plan';

export const users = defineFamily({
  id: 'users',
  help: {
    title: 'Users and their access',
    examples: ['Give me all user details for karita@woodgrovebank.com', 'Which groups is Karita a member of?', 'Is Alain registered for MFA?', 'List guest users', "Who hasn't signed in for 90 days?"],
  },
  intents: {
    'user.details': {
      example: 'Give me all user details for karita@woodgrovebank.com',
      meaning: "a user's profile: account enabled, job title, manager, object id",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planUserDetails, answer: answerUserDetails }),
    },
    'user.passwordChange': {
      example: 'When was the password last changed for karita@woodgrovebank.com?',
      meaning: "when a user's password was last changed or reset",
      slots: { accepts: ['user', 'window'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planPasswordChange, answer: answerPasswordChange }),
    },
    'user.devices': {
      example: 'Does karita@woodgrovebank.com have any registered devices?',
      meaning: "a user's registered or owned devices",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], refuse: refuseUserDevices, plan: planUserDevices, answer: answerUserDevices }),
    },
    'user.authMethods': {
      example: 'Is Alain registered for MFA?',
      meaning: "a user's registered authentication methods / MFA registration",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planUserAuthMethods, answer: answerUserAuthMethods }),
    },
    'user.groups': {
      example: 'Which groups is Karita a member of?',
      meaning: 'the groups a user is a member of',
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planUserGroups, answer: answerUserGroups }),
    },
    'user.roles': {
      example: 'What admin roles does Natasha have?',
      meaning: 'the admin (directory) roles a user has, e.g. "is Natasha a global admin"',
      slots: { accepts: ['user', 'role'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], optional: ['role'], plan: planUserRoles, next: nextUserRoles, answer: answerUserRoles }),
    },
    'user.apps': {
      example: 'Which apps can Karita access?',
      meaning: 'the applications a user can access',
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], withLookup: USER_APPS_WITH_LOOKUP, plan: planUserApps, next: nextUserApps, answer: answerUserApps }),
    },
    'user.accessPackages': {
      example: 'What access packages does Alain have?',
      meaning: "a user's access package assignments",
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planUserAccessPackages, answer: answerUserAccessPackages }),
    },
    'users.search': {
      example: 'List guest users',
      meaning: 'list users by filters: department (one or several), job title, guests/members, enabled/disabled, synced from on-premises or cloud-only, recently created, country',
      slots: { accepts: ['department', 'departments', 'jobTitle', 'userType', 'accountEnabled', 'onPremisesSyncEnabled', 'createdWithin', 'country', 'city', 'top'] },
      personal: true,
      handler: handler({ needs: [], plan: planUsersSearch, answer: answerUsersSearch }),
    },
    'users.inactive': {
      example: "Who hasn't signed in for 90 days?",
      meaning: "users who haven't signed in for a while (stale accounts)",
      slots: { accepts: ['window', 'userType', 'top'] },
      personal: true,
      handler: handler({ needs: [], plan: planUsersInactive, answer: answerUsersInactive }),
    },
    'user.directReports': {
      example: 'Who reports to Megan?',
      meaning: "the people who report to a user (direct reports, 'my team'); transitive = everyone under them at every level",
      slots: { accepts: ['user', 'transitive'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], plan: planDirectReports, answer: answerDirectReports }),
    },
    'users.mfaStatus': {
      example: "Which users haven't registered for MFA?",
      meaning: 'MFA registration of many users: who is or is not registered (registered true/false), by group, guests/members, or a method (method, e.g. mobilePhone for SMS)',
      slots: { accepts: ['group', 'userType', 'registered', 'method'] },
      personal: true,
      handler: handler({ needs: [], optional: ['group'], plan: planMfaStatus, answer: answerMfaStatus }),
    },
    'users.deleted': {
      example: 'Which users were deleted recently?',
      meaning: 'deleted users (kept 30 days, restorable until then); a user name asks whether that person can still be restored',
      slots: { accepts: ['window', 'user'] },
      personal: true,
      handler: handler({ needs: [], plan: planDeletedUsers, answer: answerDeletedUsers }),
    },
  },
});
