package org.improvementnotice.model.data;

/** Hashing for the look-up keys of the indexes. */
final class Keys {
  private Keys() {}

  /** MurmurHash3's finaliser: every bit of the input affects every bit of the result. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
