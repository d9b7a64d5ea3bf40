"""Interviews printed as questions and answers: each answer is the interviewee's statement.

    Q&A: Former envoy Mara Lindqvist on talks with Pyongyang

    Q: Is North Korea ready to return to the table?

    A: Not yet. Pyongyang believes time is on its side.

The answers' speaker is the person the introduction before the first question presents; naming that person is
the resolver's job (`Resolver.resolve_answer`). The questions are the interviewer's, the article's own voice,
and no statement; a report inside an answer is part of the answer, not a statement of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from srcflag.attribution import Kind, Phrase, RawStatement, trimmed_end
from srcflag.document import Document, Span
from srcflag.sentences import Sentence

# "Q:", "A.", "Question:", "**A:**" at the start of a paragraph
_LABEL = re.compile(r"[*_]{0,2}(?P<label>Q|A|Question|Answer)[ \t]*[:.][*_]{0,2}[ \t]+(?=\S)")
_QUESTION_LABELS = frozenset({"Q", "Question"})
# the interviewer's "you" ("Q: You said in March that ..."): the interviewee
_ADDRESSEE = re.compile(r"(?:(?:do|did|have|had|would|will|can|could)\s+)?you(?:['’](?:ve|re|d|ll))?", re.IGNORECASE)


@dataclass(frozen=True)
class _Answer:
    label: Span
    content: Span


def answer_interviews(doc: Document, statements: list[RawStatement], sentences: list[Sentence]) -> list[RawStatement]:
    """The statements of an article with each interview answer as one statement of the interviewee, and the
    statements found inside answers left out; any other article's statements unchanged."""
    found = _answers(doc)
    if found is None:
        return statements
    intro, answers, questions = found
    answered = [answer.content for answer in answers]
    kept = [
        asked
        for s in statements
        if not any(a.start <= s.content.start < a.end for a in answered)
        and (asked := _in_question(doc.text, s, questions, intro)) is not None
    ]
    sentence_starts = [s.span.start for s in sentences]
    for answer in answers:
        sentence = max(0, bisect_right(sentence_starts, answer.content.start) - 1)
        kept.append(
            RawStatement(
                Kind.INDIRECT,
                answer.content,
                None,
                Phrase(answer.label),
                sentence=sentence,
                paragraph=sentences[sentence].paragraph if sentences else 0,
                answer_in=intro,
            )
        )
    return sorted(kept, key=lambda s: (s.content.start, s.content.end))


def _in_question(
    text: str, statement: RawStatement, questions: list[tuple[Span, int]], intro: Span
) -> RawStatement | None:
    """A report inside a question: its content starts after the label, and 'you' is the interviewee; what the
    question only asks about ('Q: Do you think the ban should stay?') is no statement."""
    question = next((q for q in questions if q[0].start <= statement.content.start < q[0].end), None)
    if question is None:
        return statement
    if text[statement.content.start : statement.content.end].rstrip().endswith("?"):
        return None
    content = Span(max(statement.content.start, question[1]), statement.content.end)
    speaker = statement.speaker
    addressed = speaker is not None and _ADDRESSEE.fullmatch(text[speaker.span.start : speaker.span.end]) is not None
    return replace(statement, content=content, answer_in=intro if addressed else None)


def _answers(doc: Document) -> tuple[Span, list[_Answer], list[tuple[Span, int]]] | None:
    """The introduction (the text before the first question) and the answers, when the article is an interview
    with at least one question and one answer after it. Unlabelled paragraphs between an answer and the next
    question go on with that answer, as in a transcript; after the last answer they may be the article's own
    closing lines, and are left out."""
    text = doc.text
    answers: list[_Answer] = []
    questions: list[tuple[Span, int]] = []  # the questions' paragraphs, and where their words start
    intro_end: int | None = None
    answer: _Answer | None = None  # the answer being read: its labelled paragraph
    answer_end = 0  # and where its paragraphs end so far
    for paragraph in doc.paragraphs:
        label = _LABEL.match(text, paragraph.start, paragraph.end)
        end = trimmed_end(text, paragraph)
        if label is not None and label.group("label") in _QUESTION_LABELS:
            if intro_end is None:
                intro_end = paragraph.start
            questions.append((paragraph, label.end()))
            if answer is not None:
                answers.append(replace(answer, content=Span(answer.content.start, answer_end)))
            answer = None
        elif label is not None and intro_end is not None:
            if answer is not None:
                answers.append(replace(answer, content=Span(answer.content.start, answer_end)))
            answer = _Answer(Span(label.start("label"), label.end("label")), Span(label.end(), end))
            answer_end = end
        elif answer is not None and end > paragraph.start:
            answer_end = end
    if answer is not None:
        answers.append(answer)
    if intro_end is None or not answers:
        return None
    return Span(0, intro_end), answers, questions
