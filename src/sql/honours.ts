/**
 * 光荣榜 Who an honour roll lists: members rated 优秀 by the evaluation (评定). Ratings suggested from points
 * (建议) are a proposal, not an award: they join the roll only where the rules' `publish.suggestedHonours`
 * says so, each row carrying its rating_source so the page labels it 建议. One definition for the members
 * page, the notice board and the review deck. Plain SQL text over member_ratings (as `alias`) and rule_params.
 */
export const HONOURED = (alias: string) => `${alias}.rating = '优秀' AND (${alias}.rating_source = 'recorded'
  OR (${alias}.rating_source = 'suggested' AND (SELECT honours_suggested FROM rule_params)))`;
