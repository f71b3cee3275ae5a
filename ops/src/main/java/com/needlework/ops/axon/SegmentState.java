package com.needlework.ops.axon;

import java.time.Instant;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where one segment of a streaming processor stands. A segment this node works on is described from
 * its memory (fresher than the token store, which an idle segment updates only now and then); any
 * other segment from the token store, shared by every node.
 *
 * @param token how far the segment has read the events; {@code null} when it has read none
 * @param owner the node holding the segment's claim in the token store, {@code null} when none
 * @param claimUpdated when the token or the claim was last written to the token store
 * @param claimedHere this node works on the segment
 * @param errorType the class of the error the segment is stopped by on this node, or {@code null}
 */
public record SegmentState(
    String processor,
    int segment,
    TrackingToken token,
    String owner,
    Instant claimUpdated,
    boolean claimedHere,
    String errorType) {

  public OptionalLong position() {
    return token == null ? OptionalLong.empty() : token.position();
  }

  public boolean replaying() {
    return ReplayToken.isReplay(token);
  }
}
