"""Trade claims: read from free text (Thai, English, Russian or Japanese) and checked against
the official record and against the other sources.

Reading: lexicon (the words, as data) → patterns → reading (a line) → spans (figures) →
mentions (years, economies, flows) → context → finder (find_claims, claims_frame).
Checking: against_record (the official backbone), against_each_other (other sources),
currencies (yen claims against yen figures), records ("a record"), check (a text's claims),
verdicts (one verdict per claim on a stated precedence, the words and their one palette).

Nothing here is imported by rjtrade.sources or rjtrade.analyses; outputs may import it.
"""
