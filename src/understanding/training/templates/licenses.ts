import type { TemplateSet } from './template-set';

/** Paraphrase templates: licences (who holds which, and the tenant's subscriptions). */
export const LICENSE_TEMPLATES: TemplateSet = {
  'users.licenses': [
    '(what|which) (licenses|licences|skus|subscriptions) (does|do|has) {user} (have|hold|got|been assigned)',
    '(list|show|get) {users} (licenses|licences|license assignments|licence assignments|skus)',
    '(licenses|licences|license details|licence details) (of|for|assigned to|held by) {user}',
    '(is|does) {user} (licensed|licenced|have a license|have a licence|have e3|have e5|have p2)',
    '(who|which users|which people) (has|have|holds|hold|is assigned|are assigned|got) (an |a )?(entra id p2|p2|azure ad premium p2|entra p1|p1|e3|e5|microsoft 365 e3|microsoft 365 e5|office 365 e3|power bi pro) [license|licence|licenses|licences]',
    '(list|show) (users|people|accounts) (with|holding|assigned) (an |a )?(entra id p2|p2|e3|e5|power bi pro|microsoft 365 e5) [license|licence]',
    '(which|what|list|show) (users|people|accounts|members) (have no|without a|without any|with no|lack a|lacking a|missing a) (license|licence|licenses|licences)',
    '(unlicensed|unlicenced) (users|accounts|people|members)',
    '(who|which users) (is|are) (not licensed|unlicensed|not licenced|without licenses)',
    '(what|which) licenses do i have',
    '(list|show|get) [the] (license|licence) details (of|for) ({user}|me)',
    '(licenses|licences) (by user|per user|for every user|for all users)',
  ],
  'licenses.summary': [
    '(how many|which) (unused|unassigned|available|spare|free|remaining) (licenses|licences|seats) (do i|do we) (have|own)',
    '(how many|count of|number of|the number of|total) [microsoft] [entra|entra id|azure ad] (p1|p2|p1 p2|p1 and p2|premium|e3|e5) (licenses|licences|seats) [do i have|do we have|are there|in my tenant|in our tenant]',
    '(provide|give me|show|get) [microsoft] [entra|entra id] (p1|p2|p1 p2|premium|e3|e5) (license|licence|seat) (usage|utilization|utilisation|consumption) [details|report|summary]',
    '(what|which) are [all] the (active|current|available|purchased) (licenses|licences|subscriptions|skus) (assigned to|in|of|for) (my|our|the) (tenant|organization|organisation|org|company)',
    'how many (p2|entra id p2|e3|e5|p1|power bi pro|microsoft 365 e3|microsoft 365 e5)? (licenses|licences|seats) (do we have|have we bought|did we buy|are there) [and how many are (used|assigned|in use|available|left)]',
    '(how many|are there any) (licenses|licences|seats) (are )?(left|available|free|unused|unassigned) [for (p2|e3|e5|entra id p2)]',
    '(license|licence|subscription|sku) (summary|overview|usage|utilization|utilisation|counts|consumption|report)',
    '(list|show) [our|the] (subscriptions|skus|licenses|licences|subscribed skus|license plans) [and their usage]',
    '(what|which) (licenses|licences|subscriptions|skus) (do we have|have we bought|does the tenant have|are we paying for)',
    '(are we|do we) (running out of|have enough|over) (licenses|licences|seats) [for (p2|e3|e5)]',
    '(consumed|assigned|used) (versus|vs|and) (purchased|prepaid|available|total) (licenses|licences|units|seats)',
  ],
};
