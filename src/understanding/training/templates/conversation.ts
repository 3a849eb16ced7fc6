import type { TemplateSet } from './template-set';

/** Paraphrase templates: help, and what the bot cannot answer (trained as `unknown`). */
export const CONVERSATION_TEMPLATES: TemplateSet = {
  help: [
    '(help|help me|examples|show examples|commands|menu|usage|how to use|how do i use this|getting started)',
    'what can you (do|answer|help with|tell me)',
    'what (questions|things) can (i|we) ask [you]',
    '(what do you know|what are you|who are you|how does this work)',
    'what can i ask about (users|groups|sign ins|apps|risk)',
    '(show|give) me (some )?examples [of questions]',
    '(hi|hello|hey) [there]',
    'what are your (capabilities|features|commands)',
  ],
  unknown: [
    '(what\'s|what is|how is) the weather [like] (today|tomorrow|in {country})',
    '(tell me a joke|sing a song|write a poem|who won the game|what time is it)',
    '(book|schedule|cancel) a (meeting|flight|room) [tomorrow]',
    '(order|buy) (pizza|coffee|a laptop|lunch)',
    '(asdf|qwerty|lorem ipsum|blah blah|xyz|foo bar|test test|hmm)',
    '(translate|summarize|rewrite) this (email|document|text)',
    '(what is|what\'s) (the capital of|the population of) {country}',
    '(how do i|how to) (cook|bake|make) (pasta|bread|cake|coffee)',
    'what is the meaning of life',
    '(play|recommend) (some )?(music|a movie|a song)',
    '(reset|change) my (wifi|printer|tv) (password|settings)',
    '(create|delete|disable|enable) (a )?(user|group|app|account) [for] [{user}]',
    '(block|unblock|reset the password of|remove) {user}',
    '(add|remove) {user} (to|from) [the] {group} [group]',
    'what is the stock price of (microsoft|apple|contoso)',
    '(who is|who was) the (president|ceo|king) of {country}',
    'what does (kubernetes|docker|bitcoin|blockchain) mean',
    'send an email to {user}',
  ],
};
