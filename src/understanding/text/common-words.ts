/**
 * Everyday English words that are never directory names, beside the templates' own words: a
 * word outside both lists is taken for a name ("karita" with no tenant loaded).
 */
export const COMMON_WORDS: readonly string[] = `
about above across act action actions actually add added after again against ago all allowed almost
along already also although always am among amount another answer anyone anything anyway appear
around ask asked asking attempt available away back bad based basic because become been before begin
being below best better between big bit both bring but call called came can cannot care case cause
certain change check clear close come coming company complete could count couple current data date
day days deal detail different do does doing done down during each early easy either else end enough
entire even ever every everyone everything exact example except expect explain extract fact far
fast few file fill final find fine first follow following format found free full further general
get getting give given go going gone good got great group had half happen happened happening hard
has have having help her here high him his hold how however idea important include including
information instead interest into issue issues item just keep kind know known large last late later
least leave left less let level like likely line little long look looking lot low made main make
many matter may maybe mean means might mind missing moment more most much must name near need
needed never new next nice none normal note nothing number object often old once one only open
order other others otherwise our out over own part particular past people per perhaps place plain
point possible possibly present pretty probably problem problems provide pull put question quick
quite rather really reason recent recently record related report request result results return
right same say saw second see seem seen send set several short should show side simple since
single small some someone something sometimes soon sort specific start state still stuff such
sure table take tell than that their them then there these they thing things think this those
though through thus time times today together told too top total toward true try trying turn type
under understand unless until upon use used useful user using usual usually value various very
view want way well went were what whatever when where whether which while who whole whom whose why
will wish with within without word work would wrong year yes yet you your
offboarding onboarding userprincipalname objectid upn ticket incident investigation investigating
compliance auditor audit cleanup asap fyi saas tenant entra azure microsoft portal admin admins
helpdesk soc analyst security reviewer review purposes purpose
`.trim().split(/\s+/);
