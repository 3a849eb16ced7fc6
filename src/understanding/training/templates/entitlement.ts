import type { TemplateSet } from './template-set';

/** Paraphrase templates: entitlement management (seeds 002, 003). */
export const ENTITLEMENT_TEMPLATES: TemplateSet = {
  'accessPackages.list': [
    '(list|show|get|give me) [all] [the] access packages',
    '(what|which) access packages (are there|do we have|exist|are available)',
    '(what\'s|what is) in the {catalog} catalog',
    '(list|show) [the] (access packages|packages) in [the] {catalog} catalog',
    '(list|show) [the] (catalogs|access package catalogs)',
    'how many access packages (do we have|are there)',
    'what can (people|users|i) request',
  ],
  'accessPackage.details': [
    '{pkg} (details|info|settings|policies|approvers|resources|configuration)',
    '(show|get) [me] [the] {pkg} [access package] (details|settings|policy)',
    'what does [the] {pkg} [access package] (give access to|grant|include|contain|provide)',
    // A package the asker's tenant names are not known for (an asker without directory access): an unknown name.
    'what does {name} (give access to|grant|include) and who approves it',
    'who (approves|can approve|is the approver for) [the] {pkg} [access package] [requests]',
    '(tell me [more] about|describe|details (of|for|about)|show|info on) [the] {pkg} access package',
    '(what are|show) the (policies|resources|approvers|expiration settings|requirements) (of|for) [the] {pkg} [access package]',
    'what does [the] {pkg} [access package] give access to and who approves it',
    'how long does [the] {pkg} [access package] (last|give access for)',
    'who can request [the] {pkg} [access package]',
  ],
  'accessPackage.assignments': [
    '(list|show) (everyone|everybody|all users|all the people|people) (with|holding|assigned) [the] {pkg} [access package]',
    'who has [the] {pkg} [access package]',
    '(who is|who\'s|users) assigned (to )?[the] {pkg} [access package]',
    '(list|show|get) [the] (assignments|assigned users|members) (of|for) [the] {pkg} [access package]',
    '(which|what) external users have access packages',
    '{pkg} (assignments|members|holders)',
    'how many people have [the] {pkg} [access package]',
    '(expired|delivered|active) assignments (of|for) [the] {pkg} [access package]',
  ],
  'assignments.expiring': [
    '(upcoming|pending|soon|coming) (expirations|expiries) [of (access|assignments|access packages)]',
    '(which|what) access (will|is going to) (expire|end) soon',
    'whose access (expires|ends|runs out) [{time}]',
    '(access package )?assignments expiring [{time}]',
    '(which|what) (access package )?assignments (expire|are expiring|end|will expire) [{time}]',
    '(expiring|soon to expire|upcoming expiring) (assignments|access|access packages) [{time}]',
    'who will lose access [{time}]',
    'whose {pkg} [access package] (assignment )?(expires|is expiring) [{time}]',
    '(what|which) access (is about to|will) expire [{time}]',
  ],
  'accessRequests.pending': [
    '(show|list|get) [all] [the] pending (access )?requests',
    '(what\'s|what is) waiting for my approval',
    '(which|what) (access )?requests (are pending|need approval|are waiting|are awaiting approval)',
    'pending (requests|approvals|access package requests) (for|on) [the] {pkg} [access package]',
    '(are there|is there|do we have) any (open|pending|outstanding|unapproved) (access )?requests (for|on) [the] {pkg} [access package]',
    'are there any (pending|open|outstanding) (access )?requests',
    'what (do i|do we) need to approve',
    '(show|list|get) [me] [all] [the] (pending|open|outstanding|unapproved) (access package )?(requests|approvals|assignment requests)',
    '(who|which users) (requested|asked for) (access|the {pkg} access package) [and is waiting]',
  ],
};
