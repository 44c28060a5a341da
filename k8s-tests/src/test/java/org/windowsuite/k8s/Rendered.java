package org.windowsuite.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An overlay (or any kustomization) as {@code kubectl kustomize} renders it, every document read into its typed model
 * — fabric8 for Kubernetes, Gateway API and the Prometheus operator, Strimzi's for Kafka, {@link Cnpg} for
 * CloudNativePG — with unknown fields refused: a misspelt or misplaced field fails the build instead of being
 * dropped by the API server. A kind the suite does not expect fails too.
 */
final class Rendered {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Cnpg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", Cnpg.Database.class));

    static final ObjectMapper STRICT = strictMapper();

    final List<Object> resources;

    private Rendered(List<Object> resources) {
        this.resources = resources;
    }

    /** @param kustomization a directory under deploy/k8s, e.g. "overlays/prod" */
    static Rendered kustomize(String kustomization) {
        return parse(render(K8S.resolve(kustomization)), kustomization);
    }

    /** One file of documents as it is (a service's generated manifest). */
    static Rendered file(Path yaml) {
        try {
            return parse(Files.readString(yaml), yaml.toString());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + yaml, e);
        }
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static Rendered parse(String yaml, String what) {
        List<Object> resources = new ArrayList<>();
        try {
            for (JsonNode doc : STRICT.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll()) {
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                Class<?> type = KINDS.get(key);
                if (type == null) {
                    throw new AssertionError(what + ": unexpected kind " + key + " ("
                            + doc.path("metadata").path("name").asText() + ")");
                }
                try {
                    resources.add(STRICT.treeToValue(doc, type));
                } catch (IOException e) {
                    throw new AssertionError(what + ": " + key + " " + doc.path("metadata").path("name").asText()
                            + " does not match its schema: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(what + " is not YAML: " + e.getMessage(), e);
        }
        return new Rendered(resources);
    }

    static String render(Path kustomization) {
        String kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new AssertionError("kubectl (with its built-in kustomize) is needed to render "
                        + "deploy/k8s; install it (Debian: kubernetes-client) and run again"));
        try {
            Process p = new ProcessBuilder(kubectl, "kustomize", kustomization.toString()).redirectErrorStream(false)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** fabric8's and Strimzi's models keep unknown fields in a map; here they are an error instead. */
    private static ObjectMapper strictMapper() {
        SimpleModule strict = new SimpleModule("refuse-unknown-fields");
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                    BeanDeserializerBuilder builder) {
                String name = bean.getBeanClass().getName();
                if (name.startsWith("io.fabric8.") || name.startsWith("io.strimzi.")) {
                    builder.setAnySetter(null);
                    builder.setIgnoreUnknownProperties(false);
                }
                return builder;
            }
        });
        return new YAMLMapper().registerModule(strict).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
