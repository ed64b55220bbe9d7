package dev.togglkit.examples;

import dev.togglkit.TogglCall;
import dev.togglkit.TogglTrack;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A nightly job that keeps a workspace's Toggl clients in line with a CRM's customer list:
 * <ol>
 *   <li>reads every project, page by page (200 a page, until a short page);</li>
 *   <li>creates a client for each customer Toggl does not have yet;</li>
 *   <li>archives clients that are no longer customers and have no active project left.</li>
 * </ol>
 * A 429 makes it wait as long as {@code Retry-After} says and try that request again (it has not been
 * processed, so even a POST is safe to resend). A spent hourly quota (402) stops the run: the report says
 * when to resume, and a later run picks up where this one stopped, because every step looks at Toggl's
 * current state first.
 */
public final class ClientSync {

  /** Waits between a 429 and the retry; production passes {@code d -> Thread.sleep(d.toMillis())}. */
  public interface Waiter {
    void await(Duration duration) throws InterruptedException;
  }

  private static final int PAGE_SIZE = 200;
  private static final ListClientsParams BOTH_STATUSES =
      ListClientsParams.builder().status(ClientStatusFilter.BOTH).build();

  private final TogglTrack track;
  private final Waiter waiter;

  public ClientSync(TogglTrack track, Waiter waiter) {
    this.track = track;
    this.waiter = waiter;
  }

  /** Runs one sync of {@code workspaceId} against {@code customers} (names as the CRM has them). */
  public SyncReport run(long workspaceId, Set<String> customers) {
    SyncReport report = new SyncReport();
    try {
      List<Project> projects = allProjects(workspaceId, report);
      List<Client> clients = send(() -> track.clients().listClients(workspaceId, BOTH_STATUSES), report);
      Set<String> known = new HashSet<>();
      for (Client c : clients) {
        known.add(key(c.getName()));
      }
      for (String customer : customers) {
        if (!known.contains(key(customer))) {
          send(() -> track.clients().createClient(workspaceId, new ClientPayload().name(customer)), report);
          report.created.add(customer);
        }
      }
      Set<String> wanted = new HashSet<>();
      customers.forEach(c -> wanted.add(key(c)));
      for (Client c : clients) {
        if (!Boolean.TRUE.equals(c.getArchived()) && !wanted.contains(key(c.getName())) && !hasActiveProject(c, projects)) {
          send(() -> track.clients().archiveClient(workspaceId, c.getId()), report);
          report.archived.add(c.getName());
        }
      }
    } catch (QuotaExceededException e) {
      report.resumeAfter = e.quota().resetsIn().orElse(Duration.ofHours(1));
    }
    return report;
  }

  /**
   * Pages by hand rather than with {@code listAll}, so that each page can wait out a 429 on the job's own
   * clock; with the client's retries on, {@code track.projects().listAll(...)} reads the same pages.
   */
  private List<Project> allProjects(long workspaceId, SyncReport report) {
    List<Project> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      ListProjectsParams params =
          ListProjectsParams.builder().active(ProjectActiveFilter.BOTH).perPage(PAGE_SIZE).page(page).build();
      List<Project> batch = send(() -> track.projects().listProjects(workspaceId, params), report);
      all.addAll(batch);
      report.pagesRead++;
      if (batch.size() < PAGE_SIZE) {
        return all;
      }
    }
  }

  private static boolean hasActiveProject(Client client, List<Project> projects) {
    for (Project p : projects) {
      if (Long.valueOf(client.getId()).equals(p.getClientId()) && Boolean.TRUE.equals(p.getActive())) {
        return true;
      }
    }
    return false;
  }

  /** Sends a fresh call, waiting out 429s; everything else (a 402 included) goes to the caller. */
  private <T> T send(Supplier<TogglCall<T>> call, SyncReport report) {
    while (true) {
      try {
        return call.get().execute();
      } catch (RateLimitException e) {
        report.rateLimitWaits++;
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
        try {
          waiter.await(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** What one run did. */
  public static final class SyncReport {
    public final List<String> created = new ArrayList<>();
    public final List<String> archived = new ArrayList<>();
    public int pagesRead;
    public int rateLimitWaits;
    /** Set when the hourly quota ran out: run again after this long. */
    public Duration resumeAfter;

    public boolean complete() {
      return resumeAfter == null;
    }
  }
}
