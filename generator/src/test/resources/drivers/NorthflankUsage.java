package driver;

import io.specpoet.northflank.model.NodeSettings;
import io.specpoet.northflank.model.ReleaseFlowRun;
import io.specpoet.northflank.model.ReleaseFlowRunStatus;
import io.specpoet.northflank.model.TemplateNode;
import io.specpoet.northflank.model.WorkflowNode;
import io.specpoet.northflank.model.WorkflowSpec;

/**
 * Compiled together with the generated Northflank models: shows that the API reads as a user
 * would write it (switch over a forward-compatible enum, builders, sealed unions).
 */
public final class NorthflankUsage {

    private NorthflankUsage() {}

    public static String describe(ReleaseFlowRun run) {
        String status;
        switch (run.status().value()) {
            case SUCCESS:
                status = "succeeded";
                break;
            case UNRECOGNIZED:
                status = "unrecognized status " + run.status().wireValue();
                break;
            default:
                status = run.status().value().name().toLowerCase(java.util.Locale.ROOT);
        }
        TemplateNode spec = run.spec();
        String node;
        if (spec instanceof WorkflowNode workflow) {
            node = "workflow with " + (workflow.settings() == null ? "no settings" : workflow.settings().maxAttempts() + " attempts");
        } else if (spec instanceof TemplateNode.Unknown unknown) {
            node = "unknown node " + unknown.raw().path("kind").asText();
        } else {
            node = spec.getClass().getSimpleName();
        }
        return status + "; " + node;
    }

    public static WorkflowNode sequentialWorkflow() {
        return WorkflowNode.builder()
                .settings(NodeSettings.builder().maxAttempts(3L).build())
                .spec(WorkflowSpec.builder().build())
                .build();
    }

    public static ReleaseFlowRunStatus status(String wireValue) {
        return ReleaseFlowRunStatus.of(wireValue);
    }
}
