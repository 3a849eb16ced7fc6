import { answerCredentialsExpiring } from './credentials.answer';
import { planCredentialsExpiring } from './credentials.plan';
import { defineFamily, handler } from '../family';
import { answerAppsOwnedBy } from './owned-by.answer';
import { planAppsOwnedBy, refuseAppsOwnedBy } from './owned-by.plan';
import { answerUserConsent } from './user-consent.answer';
import { nextUserConsent, planUserConsent } from './user-consent.plan';
import { answerAppPermissions } from './app-permissions.answer';
import { answerAppUsers } from './app-users.answer';
import { answerAppDetails, answerAppOwners, answerAppsExternal, answerAppsUnused } from './apps.answer';
import { nextAppPermissions, nextAppUsers, planAppDetails, planAppOwners, planAppPermissions, planAppsExternal, planAppsUnused, planAppUsers, APP_USERS_WITH_LOOKUP } from './apps.plan';

export const apps = defineFamily({
  id: 'apps',
  help: {
    title: 'Applications',
    examples: ['Tell me more about the application Salesforce', 'Who has access to Salesforce?', 'Show me unused apps', 'Show me apps outside my tenant'],
  },
  intents: {
    'app.details': {
      example: 'Tell me more about the application Salesforce',
      meaning: "an application's properties: publisher, verification, app id",
      slots: { accepts: ['app', 'apps'], needs: ['app'] },
      personal: false,
      handler: handler({ needs: ['app'], plan: planAppDetails, answer: answerAppDetails }),
    },
    'app.owners': {
      example: 'Who owns Salesforce?',
      meaning: 'the owners of an application',
      slots: { accepts: ['app', 'apps'], needs: ['app'] },
      personal: true,
      handler: handler({ needs: [], optional: ['app'], plan: planAppOwners, answer: answerAppOwners }),
    },
    'app.permissions': {
      example: 'Which permissions are granted to Salesforce?',
      meaning: 'the permissions granted to an application (highPrivilegeOnly for the dangerous ones)',
      slots: { accepts: ['app', 'apps', 'highPrivilegeOnly'], needs: ['app'] },
      personal: false,
      handler: handler({ needs: ['app'], plan: planAppPermissions, next: nextAppPermissions, answer: answerAppPermissions }),
    },
    'app.users': {
      example: 'Who has access to Salesforce?',
      meaning: 'who has access to an application (optionally on a date)',
      slots: { accepts: ['app', 'apps', 'date', 'top'], needs: ['app'] },
      personal: true,
      handler: handler({ needs: ['app'], withLookup: APP_USERS_WITH_LOOKUP, plan: planAppUsers, next: nextAppUsers, answer: answerAppUsers }),
      // A date asks about the past: the snapshots answer it (questions.md: "snapshots for dates").
      answeredAs: (slots) => (slots.date !== undefined ? 'report.appAccessAsOf' : undefined),
    },
    'apps.unused': {
      example: 'Show me unused apps',
      meaning: 'applications nobody signed in to for a while',
      slots: { accepts: ['window', 'top'] },
      personal: false,
      handler: handler({ needs: [], plan: planAppsUnused, answer: answerAppsUnused }),
    },
    'apps.credentialsExpiring': {
      example: 'Which app secrets or certificates expire this month?',
      meaning: 'client secrets and certificates of app registrations that expire soon (default the next 30 days) or have expired; state "expired" for only those already expired',
      slots: { accepts: ['window', 'app', 'state'] },
      personal: false,
      handler: handler({ needs: [], optional: ['app'], plan: planCredentialsExpiring, answer: answerCredentialsExpiring }),
    },
    'apps.userConsent': {
      example: 'Which apps have permissions no admin approved?',
      meaning: 'delegated permissions people consented to for themselves (user consent, no admin approval), optionally for one app',
      slots: { accepts: ['app'] },
      personal: true,
      handler: handler({ needs: [], optional: ['app'], plan: planUserConsent, next: nextUserConsent, answer: answerUserConsent }),
    },
    'apps.ownedBy': {
      example: 'Which applications does Jason own?',
      meaning: 'the app registrations and enterprise apps a user owns',
      slots: { accepts: ['user'], needs: ['user'] },
      personal: true,
      handler: handler({ needs: ['user'], refuse: refuseAppsOwnedBy, plan: planAppsOwnedBy, answer: answerAppsOwnedBy }),
    },
    'apps.external': {
      example: 'Show me apps outside my tenant',
      meaning: 'applications owned by other tenants (multi-tenant / third-party apps)',
      slots: { accepts: ['top', 'app'] },
      personal: false,
      handler: handler({ needs: [], plan: planAppsExternal, answer: answerAppsExternal }),
    },
  },
});
