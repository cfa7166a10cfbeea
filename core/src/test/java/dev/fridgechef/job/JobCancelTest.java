package dev.fridgechef.job;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "jobs cancel" on a running AI plan: the request on its way is aborted, no plan is stored, the worker carries on. */
class JobCancelTest {
    private static final PlanOptions OPTIONS = new PlanOptions(LocalDate.of(2026, 11, 25), 1, List.of(MealType.LUNCH, MealType.DINNER), false);

    @TempDir
    Path dir;
    private MockWebServer server;
    private FridgeChef app;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK, new LlmSettings(List.of(p), 5, 5));
        app.profiles().update(SampleData.profile());
        for (ItemDraft d : SampleData.fridge()) app.inventory().add(d);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        app.close();
    }

    @Test
    void cancellingARunningJobAbortsTheModelCallAndStoresNoPlan() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        JobRunner runner = app.jobRunner("test-worker");
        Job job = runner.submitAiPlan(OPTIONS);
        CompletableFuture<Integer> worked = CompletableFuture.supplyAsync(runner::drain);
        assertThat(server.takeRequest(30, TimeUnit.SECONDS)).as("the model was asked").isNotNull();
        assertThat(app.jobs().cancel(job.id()).status()).isEqualTo(Job.Status.RUNNING);
        assertThat(worked.get(30, TimeUnit.SECONDS)).as("the worker ends normally").isEqualTo(1);
        Job after = app.jobs().get(job.id());
        assertThat(after.status()).isEqualTo(Job.Status.CANCELLED);
        assertThat(after.resultPlanId()).isNull();
        assertThat(app.plans().list()).isEmpty();
        List<String> outcomes = app.store().jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM llm_call").mapTo(String.class).list());
        assertThat(outcomes).containsExactly("cancelled");
    }

    @Test
    void aPlanIsNeverStoredForAJobWhoseCancelWasAskedFirst() {
        Job job = app.jobs().submit(JobRunner.AI_PLAN, "{}");
        app.jobs().claim("w").orElseThrow();
        app.jobs().cancel(job.id());
        assertThatThrownBy(() -> PlanService.guarded(h -> JobQueue.checkNotCancelled(h, job.id()), () -> app.plans().plan(OPTIONS)))
                .isInstanceOf(JobQueue.Cancelled.class);
        assertThat(app.plans().list()).isEmpty();
        Job other = app.jobs().submit(JobRunner.AI_PLAN, "{}");
        assertThat(PlanService.guarded(h -> JobQueue.checkNotCancelled(h, other.id()), () -> app.plans().plan(OPTIONS))).isNotNull();
        assertThat(app.plans().list()).hasSize(1);
    }
}
