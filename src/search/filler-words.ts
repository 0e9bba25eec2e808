/**
 * Words that carry no meaning for finding a code, dropped from a long query when every word
 * together finds too little ("why is my website showing error 503" is searched as "website
 * error 503", then by its best subsets). Never words that are part of a code's name: "not"
 * (Not Found), "no" (No Content), "too" and "many" (Too Many Requests), "see" (See Other),
 * "use" (Use Proxy), "is" is here because names that use it (218 "This is fine", 521 "Web
 * Server Is Down") are found by the full query, which always runs first.
 */
export const fillerWords: ReadonlySet<string> = new Set([
  // Questions and conversation.
  'why', 'what', 'whats', "what's", 'when', 'where', 'which', 'who', 'how', 'does', 'do', 'did', 'doing', 'done',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'isnt', "isn't", 'can', 'cant', "can't", 'could',
  'should', 'would', 'will', 'wont', "won't", 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'having',
  'please', 'help', 'hi', 'hello', 'thanks', 'anyone', 'someone', 'know', 'tell', 'explain', 'meaning', 'mean', 'means', 'meant',
  'say', 'says', 'said', 'saying', 'get', 'gets', 'getting', 'got', 'keep', 'keeps', 'keeping', 'kept',
  'show', 'shows', 'showing', 'shown', 'happen', 'happens', 'happening', 'happened', 'occur', 'occurs', 'occurred',
  'fix', 'fixing', 'solve', 'resolve', 'causes', 'cause', 'caused', 'reason', 'reasons', 'difference', 'between',
  'status', 'code', 'codes', 'http', 'response', 'error', 'errors', 'message', 'page', 'return', 'returns', 'returned', 'returning',
  // Pronouns, articles, prepositions, conjunctions.
  'i', "i'm", 'im', 'ive', "i've", 'me', 'my', 'mine', 'we', 'our', 'us', 'you', 'your', 'yours', 'it', 'its', "it's",
  'they', 'them', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'the', 'a', 'an', 'some', 'any',
  'of', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'from', 'into', 'onto', 'about', 'after', 'before', 'while',
  'and', 'or', 'but', 'so', 'if', 'then', 'than', 'because', 'due', 'also', 'just', 'even', 'still', 'again', 'always',
  'sometimes', 'suddenly', 'randomly', 'now', 'today', 'every', 'time', 'times', 'one', 'when', 'like', 'really',
]);
