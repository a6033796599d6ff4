package org.improvementnotice.rules.facts;

import java.time.LocalDate;
import org.improvementnotice.model.Rag;

/**
 * Form 14, a qualitative measure: the board's latest judgement at the assessment date, if any. Immutable.
 *
 * @param requirementId the requirement
 * @param rag the board's colour, or null when not judged
 * @param judged when the board judged it, or null
 */
public record JudgementCase(String requirementId, Rag rag, LocalDate judged) {}
