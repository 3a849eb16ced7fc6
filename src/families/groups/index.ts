import { answerGroupsSearch } from './groups-search.answer';
import { planGroupsSearch } from './groups-search.plan';
import { defineFamily, handler } from '../family';
import { answerGroupApps } from './group-apps.answer';
import { answerGroupDetails, answerGroupRoles, answerGroupsOwnedBy, answerGroupsOwnerless } from './groups-more.answer';
import { nextGroupApps, planGroupApps, planGroupDetails, planGroupRoles, planGroupsOwnedBy, planGroupsOwnerless, refuseGroupsOwnedBy } from './groups-more.plan';
import { answerGroupMembers, answerGroupOwners } from './groups.answer';
import { planGroupMembers, planGroupOwners } from './groups.plan';

export const groups = defineFamily({
  id: 'groups',
  help: {
    title: 'Groups',
    examples: ['Who owns the Finance Department group?', 'Who is in MDM policy - West?', 'Which groups have no owners?'],
  },
  intents: {
    'group.details': {
      example: 'Tell me more about the Finance Department group',
      meaning: 'a group\'s properties: type, dynamic rule, description',
      slots: { accepts: ['group'], needs: ['group'] },
      personal: false,
      handler: handler({ needs: ['group'], plan: planGroupDetails, answer: answerGroupDetails }),
    },
    'group.owners': {
      example: 'Who owns the Finance Department group?',
      meaning: 'the owners of a group',
      slots: { accepts: ['group'], needs: ['group'] },
      personal: true,
      handler: handler({ needs: ['group'], plan: planGroupOwners, answer: answerGroupOwners }),
    },
    'group.members': {
      example: 'Who is in MDM policy - West?',
      meaning: 'the members of a group (or: is a user in a group)',
      slots: { accepts: ['group', 'user', 'top'], needs: ['group'] },
      personal: true,
      handler: handler({ needs: ['group'], plan: planGroupMembers, answer: answerGroupMembers }),
    },
    'group.roles': {
      example: 'What roles does the Helpdesk Admins group have?',
      meaning: 'the directory roles assigned to a group',
      slots: { accepts: ['group'], needs: ['group'] },
      personal: false,
      handler: handler({ needs: ['group'], plan: planGroupRoles, answer: answerGroupRoles }),
    },
    'group.apps': {
      example: 'Which apps does the Finance Department group give access to?',
      meaning: 'the applications a group gives access to',
      slots: { accepts: ['group'], needs: ['group'] },
      personal: false,
      handler: handler({ needs: ['group'], plan: planGroupApps, next: nextGroupApps, answer: answerGroupApps }),
    },
    'groups.ownedBy': {
      example: 'Which groups does Megan own?',
      meaning: 'the groups a user owns',
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], refuse: refuseGroupsOwnedBy, plan: planGroupsOwnedBy, answer: answerGroupsOwnedBy }),
    },
    'groups.search': {
      example: 'List all security groups',
      meaning: 'groups by kind (groupType security, microsoft365, dynamic, mailEnabled, roleAssignable), words in the name (nameContains), creation date (createdWithin)',
      slots: { accepts: ['groupType', 'nameContains', 'createdWithin', 'top'] },
      personal: false,
      handler: handler({ needs: [], plan: planGroupsSearch, answer: answerGroupsSearch }),
    },
    'groups.ownerless': {
      example: 'Which groups have no owners?',
      meaning: 'groups with no owners (or at most maxOwners owners)',
      slots: { accepts: ['maxOwners', 'top'] },
      personal: false,
      handler: handler({ needs: [], plan: planGroupsOwnerless, answer: answerGroupsOwnerless }),
    },
  },
});
