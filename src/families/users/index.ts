import { defineFamily, handler } from '../family';
import { answerUserApps } from './user-apps.answer';
import { answerPasswordChange, answerUserAccessPackages, answerUserAuthMethods, answerUserDevices, answerUserRoles } from './users-access.answer';
import { nextUserApps, nextUserRoles, planPasswordChange, planUserAccessPackages, planUserApps, planUserAuthMethods, planUserDevices, planUserRoles, refuseUserDevices } from './users-access.plan';
import { answerUsersInactive, answerUsersSearch } from './users-search.answer';
import { planUsersInactive, planUsersSearch } from './users-search.plan';
import { answerUserDetails, answerUserGroups } from './users.answer';
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
      handler: handler({ needs: ['user'], plan: planUserApps, next: nextUserApps, answer: answerUserApps }),
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
  },
});
