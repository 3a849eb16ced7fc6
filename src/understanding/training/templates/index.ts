import { APP_TEMPLATES } from './apps';
import { AUDIT_TEMPLATES } from './audit';
import { CONVERSATION_TEMPLATES } from './conversation';
import { ENTITLEMENT_TEMPLATES } from './entitlement';
import { GROUP_TEMPLATES } from './groups';
import { LICENSE_TEMPLATES } from './licenses';
import { NOUN_PHRASE_TEMPLATES } from './noun-phrases';
import { PRIVILEGED_TEMPLATES } from './privileged';
import { REPORT_TEMPLATES } from './reports';
import { RISK_TEMPLATES } from './risk';
import { SIGN_IN_TEMPLATES } from './sign-ins';
import type { TemplateSet } from './template-set';
import { USER_TEMPLATES } from './users';

const FAMILIES: readonly TemplateSet[] = [
  USER_TEMPLATES, LICENSE_TEMPLATES, GROUP_TEMPLATES, SIGN_IN_TEMPLATES, RISK_TEMPLATES, AUDIT_TEMPLATES, APP_TEMPLATES,
  PRIVILEGED_TEMPLATES, ENTITLEMENT_TEMPLATES, REPORT_TEMPLATES, CONVERSATION_TEMPLATES, NOUN_PHRASE_TEMPLATES,
];

/** Every intent's paraphrase templates (kql.run and graph.get are recognised by rule). */
export const TEMPLATES: TemplateSet = (() => {
  const out: Record<string, string[]> = {};
  for (const family of FAMILIES) {
    for (const [intent, list] of Object.entries(family)) out[intent] = [...(out[intent] ?? []), ...(list ?? [])];
  }
  return out;
})();
