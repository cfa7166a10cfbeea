package dev.fridgechef.gui.plan;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.job.Job;
import dev.fridgechef.job.JobRunner;
import dev.fridgechef.llm.LlmProgress;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;

/**
 * An AI plan as a job of the shared queue: the job is worked on a worker thread of this process,
 * while a dialog shows its progress (polled every half second, off the FX thread) and a food fact
 * that changes every five seconds, or what the model call waits for (a 429, a slow provider, the part
 * asked for). Cancel asks the job to stop, which aborts the request on its way, and closes the dialog.
 */
public final class AiPlanDialog {
    static final int FACTS = 20;

    private final GuiSession session;
    private final Consumer<StoredPlan> onPlan;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label status = new Label();
    private final Label fact = new Label();
    private final Timeline poll = new Timeline();
    private final Timeline facts = new Timeline();
    private long jobId;
    private int factIndex;
    private boolean polling;
    private boolean over;
    /** What the model call is waiting for, when it says ("rate limited by openai, retrying in 12 s"); shown instead of the stage. */
    private volatile String waitText;

    private AiPlanDialog(GuiSession session, Consumer<StoredPlan> onPlan) {
        this.session = session;
        this.onPlan = onPlan;
    }

    public static void run(GuiSession session, PlanOptions options, Consumer<StoredPlan> onPlan) {
        AiPlanDialog d = new AiPlanDialog(session, onPlan);
        JobRunner runner = session.app().jobRunner("gui-" + ProcessHandle.current().pid()).observedBy(d.new Waits());
        session.task(() -> runner.submitAiPlan(options)).onSuccess(job -> {
            d.open(job);
            session.task(runner::drain).onError(error -> {
            }).runOnce(); // failures land in the job's row, which the poll reports
        }).runOnce();
    }

    private void open(Job job) {
        jobId = job.id();
        factIndex = (int) (job.id() % FACTS);
        dialog.setTitle(session.text("planview.ai.title"));
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.getDialogPane().setId("ai-plan-dialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(session.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Label header = new Label(session.text("planview.ai.header"), new FontIcon(Feather.CPU));
        header.getStyleClass().add(Styles.TITLE_4);
        progress.setId("ai-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("ai-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setText(session.text("planview.ai.queued"));
        Label did = new Label(session.text("planview.ai.didyouknow"), new FontIcon(Feather.COFFEE));
        did.getStyleClass().add(Styles.TEXT_BOLD);
        fact.setId("ai-fact");
        fact.setWrapText(true);
        fact.setMinHeight(48);
        showFact();
        VBox factCard = new VBox(6, did, fact);
        factCard.getStyleClass().add("fact-card");
        VBox content = new VBox(12, header, progress, status, factCard);
        content.setPadding(new Insets(8));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.setOnCloseRequest(e -> cancel());

        poll.getKeyFrames().setAll(new KeyFrame(Duration.millis(500), e -> pollOnce()));
        poll.setCycleCount(Timeline.INDEFINITE);
        facts.getKeyFrames().setAll(new KeyFrame(Duration.seconds(5), e -> {
            factIndex = (factIndex + 1) % FACTS;
            showFact();
        }));
        facts.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        facts.play();
        dialog.show();
    }

    private void showFact() {
        fact.setText(session.text("planview.fact." + (factIndex + 1)));
    }

    private void pollOnce() {
        if (polling || over) return;
        polling = true;
        session.task(() -> session.app().jobs().get(jobId)).onSuccess(this::update).andFinally(() -> polling = false).runOnce();
    }

    private void update(Job job) {
        if (over) return;
        if (job.status() == Job.Status.RUNNING || job.status() == Job.Status.QUEUED) {
            progress.setProgress(job.status() == Job.Status.QUEUED ? ProgressBar.INDETERMINATE_PROGRESS : Math.max(0.05, job.progress() / 100.0));
            String waits = waitText;
            status.setText(job.status() == Job.Status.RUNNING && waits != null ? waits
                    : session.text(job.status() == Job.Status.QUEUED ? "planview.ai.queued" : job.progress() < 50 ? "planview.ai.asking"
                    : job.progress() < 90 ? "planview.ai.waiting" : "planview.ai.checking"));
            return;
        }
        finish();
        switch (job.status()) {
            case DONE -> loadResult(job);
            case FAILED -> {
                Alert alert = new Alert(Alert.AlertType.WARNING, session.text("planview.ai.failed", job.message()), dev.fridgechef.gui.common.DialogButtons.ok(session));
                alert.setHeaderText(null);
                if (session.owner() != null) alert.initOwner(session.owner());
                alert.show();
            }
            default -> {
            }
        }
    }

    private void loadResult(Job job) {
        if (job.resultPlanId() == null) return;
        session.task(() -> session.app().plans().get(job.resultPlanId()).orElseThrow())
                .onSuccess(plan -> onPlan.accept(plan.withNotes(notes(plan, job))))
                .runOnce();
    }

    /** Why an AI request gave the offline plan, in the person's words (the job's message has the details). */
    private List<String> notes(StoredPlan plan, Job job) {
        if (plan.aiSource().isPresent()) return List.of();
        if (session.app().llmSettings().providers().isEmpty()) return List.of(session.text("planview.noprovider"));
        String message = job.message() == null ? "" : job.message();
        String reasons = message.startsWith(plan.source() + "; ") ? message.substring(plan.source().length() + 2) : message;
        return List.of(session.text("planview.fallback", reasons));
    }

    /** The waits of the model call, told from the worker thread; the next poll shows them. */
    private final class Waits implements LlmProgress {
        @Override
        public void rateLimited(String provider, java.time.Duration wait) {
            waitText = session.text("planview.ai.ratelimited", provider, seconds(wait));
        }

        @Override
        public void retrying(String provider, String outcome, java.time.Duration wait) {
            waitText = session.text("planview.ai.retrying", provider, outcome, seconds(wait));
        }

        @Override
        public void waiting(String provider, java.time.Duration elapsed) {
            waitText = session.text("planview.ai.slow", provider, elapsed.toSeconds());
        }

        private static long seconds(java.time.Duration d) {
            return Math.max(1, (d.toMillis() + 999) / 1000);
        }
    }

    /** Cancel pressed (or the window closed) before the job ended: ask it to stop; its result is not used. */
    private void cancel() {
        if (over) return;
        finish();
        session.task(() -> session.app().jobs().cancel(jobId)).onError(error -> {
        }).runOnce(); // it may have just finished: nothing to cancel then
    }

    private void finish() {
        over = true;
        poll.stop();
        facts.stop();
        if (dialog.isShowing()) dialog.close();
    }
}
