import { defineFamily, handler } from '../family';
import { answerAccessPackageAssignments, answerAccessPackageDetails, answerAccessPackages, answerAssignmentsExpiring, answerPendingRequests } from './access-packages.answer';
import { nextAccessPackageDetails, planAccessPackageAssignments, planAccessPackageDetails, planAccessPackages, planAssignmentsExpiring, planPendingRequests } from './access-packages.plan';

export const accessPackages = defineFamily({
  id: 'access-packages',
  help: {
    title: 'Access packages',
    examples: ['List access packages', 'Who has Project Falcon?', 'Whose access expires this week?', 'Pending access requests'],
  },
  intents: {
    'accessPackages.list': {
      example: 'List access packages',
      meaning: 'list access packages (optionally of a catalog)',
      slots: { accepts: ['catalog'] },
      personal: false,
      handler: handler({ needs: [], plan: planAccessPackages, answer: answerAccessPackages }),
    },
    'accessPackage.details': {
      example: 'What does Project Falcon give access to and who approves it?',
      meaning: 'what an access package gives, its policies and approvers',
      slots: { accepts: ['accessPackage'], needs: ['accessPackage'] },
      personal: false,
      handler: handler({ needs: ['accessPackage'], plan: planAccessPackageDetails, next: nextAccessPackageDetails, answer: answerAccessPackageDetails }),
    },
    'accessPackage.assignments': {
      example: 'Who has Project Falcon?',
      meaning: 'who is assigned an access package',
      slots: { accepts: ['accessPackage', 'state', 'userType'] },
      personal: true,
      handler: handler({ needs: [], optional: ['accessPackage'], plan: planAccessPackageAssignments, answer: answerAccessPackageAssignments }),
    },
    'assignments.expiring': {
      example: 'Whose access expires this week?',
      meaning: 'access package assignments expiring soon',
      slots: { accepts: ['window', 'accessPackage'] },
      personal: true,
      handler: handler({ needs: [], optional: ['accessPackage'], plan: planAssignmentsExpiring, answer: answerAssignmentsExpiring }),
    },
    'accessRequests.pending': {
      example: 'Pending access requests',
      meaning: 'pending access package requests / approvals',
      slots: { accepts: ['accessPackage'] },
      personal: true,
      handler: handler({ needs: [], optional: ['accessPackage'], plan: planPendingRequests, answer: answerPendingRequests }),
    },
  },
});
