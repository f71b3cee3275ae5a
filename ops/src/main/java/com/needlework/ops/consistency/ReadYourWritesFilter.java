package com.needlework.ops.consistency;

import com.needlework.ops.NeedleworkProperties;
import com.needlework.ops.axon.ProjectionBarrier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes for every write: the successful answer (2xx, or a redirect) to a request that
 * may change something (any method but GET, HEAD, OPTIONS and TRACE, under {@code /api/}, on the
 * staff workspace's forms and on the booking form) leaves only once every read model has handled
 * every event the store held when the handler finished, so the next read anywhere shows the change.
 * The wait comes just before the answer's first byte is committed, which for a REST controller is
 * while its body is written, before any interceptor's {@code postHandle}. After {@code
 * needlework.read-your-writes.timeout} the answer leaves anyway and the laggards are logged.
 * Refusals and errors never wait, and neither does a rebuild of the read models (it would wait for
 * the whole replay).
 */
@Component
class ReadYourWritesFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> REBUILDS =
      Set.of("/api/admin/read-models/rebuild", "/staff/admin/read-models/rebuild");
  private static final Logger log = LoggerFactory.getLogger(ReadYourWritesFilter.class);

  private final ProjectionBarrier projections;
  private final Duration timeout;

  ReadYourWritesFilter(ProjectionBarrier projections, NeedleworkProperties properties) {
    this.projections = projections;
    this.timeout = properties.readYourWrites().timeout();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return READS.contains(request.getMethod())
        || !(path.startsWith("/api/") || path.startsWith("/staff/") || path.equals("/book"))
        || REBUILDS.contains(path);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    WaitBeforeCommit waiting =
        new WaitBeforeCommit(response, () -> awaitReadModels(request, response));
    chain.doFilter(request, new ErrorsLeaveAtOnce(waiting));
    waiting.handlerFinished();
  }

  private void awaitReadModels(HttpServletRequest request, HttpServletResponse response) {
    int status = response.getStatus();
    if (status < 200 || status >= 400) {
      return;
    }
    OptionalLong head = projections.head();
    if (head.isEmpty()) {
      return;
    }
    try {
      List<String> lagging = projections.awaitLagging(head.getAsLong(), timeout);
      if (!lagging.isEmpty()) {
        log.warn(
            "{} {} answered after {} before the read models caught up with event {}: {}",
            request.getMethod(),
            request.getRequestURI(),
            timeout,
            head.getAsLong(),
            lagging);
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs the wait once, just before the response would be committed (a flush, the buffer filling
   * up, the declared length written, a redirect), or when the handler finished without any of it.
   */
  private static final class WaitBeforeCommit extends OnCommittedResponseWrapper {

    private final Runnable await;

    WaitBeforeCommit(HttpServletResponse response, Runnable await) {
      super(response);
      this.await = await;
    }

    @Override
    protected void onResponseCommitted() {
      await.run();
    }

    void errorSent() {
      disableOnResponseCommitted();
    }

    void handlerFinished() {
      if (!isDisableOnResponseCommitted() && !isCommitted()) {
        disableOnResponseCommitted();
        await.run();
      }
    }
  }

  /** An error sent by status alone leaves at once: its status is set only as it is sent. */
  private static final class ErrorsLeaveAtOnce extends HttpServletResponseWrapper {

    private final WaitBeforeCommit waiting;

    ErrorsLeaveAtOnce(WaitBeforeCommit waiting) {
      super(waiting);
      this.waiting = waiting;
    }

    @Override
    public void sendError(int status) throws IOException {
      waiting.errorSent();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      waiting.errorSent();
      super.sendError(status, message);
    }
  }
}
