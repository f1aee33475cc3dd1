// What the judgment says of a match: its own module, so the judge and its helpers share it
// without importing each other.
import type { Confidence } from '../types';

export interface Judgment {
  confidence: Confidence;
  reason: string;
  /** The rule's structural check failed: reported at info severity. */
  demoted: boolean;
}
