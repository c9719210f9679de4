package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.sandbox.auth.User;

class AuthTest {
    @TempDir static Path dir;
    static Sandbox sandbox;
    static SandboxHttp admin;

    @BeforeAll
    static void start() {
        List<User> users =
                List.of(
                        new User("admin", "secret", Set.of(User.ADMINISTRATOR)),
                        new User("viewer", "view", Set.of("_item_search", "_item_id_read")));
        sandbox =
                Sandbox.start(
                        SandboxConfig.defaults(dir)
                                .withDemo(SandboxConfig.DemoMode.NONE)
                                .withUsers(users));
        admin = new SandboxHttp(sandbox).as(SandboxHttp.basic("admin", "secret"));
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    @Test
    void missingCredentialsGet401WithChallenge() {
        HttpResponse<String> r = admin.as(null).get("/API/item", "application/json");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(Json.of(r).path("notAuthorized").path("message").asText()).isNotEmpty();
    }

    @Test
    void wrongPasswordAndUnknownUserGet401() {
        assertThat(
                        admin.as(SandboxHttp.basic("admin", "admin"))
                                .get("/API/item", null)
                                .statusCode())
                .isEqualTo(401);
        assertThat(admin.as(SandboxHttp.basic("nobody", "x")).get("/API/item", null).statusCode())
                .isEqualTo(401);
        assertThat(admin.as("Basic !!!notbase64").get("/API/item", null).statusCode())
                .isEqualTo(401);
        assertThat(admin.as("Bearer abc").get("/API/item", null).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenFromTokenEndpointAuthenticatesLaterCalls() {
        HttpResponse<String> t = admin.get("/API/token", "text/plain");
        assertThat(t.statusCode()).isEqualTo(200);
        String token = t.body().strip();
        assertThat(admin.as("token " + token).get("/API/item", null).statusCode()).isEqualTo(200);
        assertThat(admin.as("token not-a-token").get("/API/item", null).statusCode())
                .isEqualTo(401);
        assertThat(Json.of(admin.get("/API/token", "application/json")).path("user").asText())
                .isEqualTo("admin");
    }

    @Test
    void tokenLongerThanTheMaximumNeedsAdministrator() {
        SandboxHttp viewer = admin.as(SandboxHttp.basic("viewer", "view"));
        assertThat(viewer.get("/API/token?seconds=3600", null).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/API/token?seconds=30", null).statusCode()).isEqualTo(200);
        assertThat(admin.get("/API/token?seconds=3600", null).statusCode()).isEqualTo(200);
    }

    @Test
    void userLackingARoleGets403Forbidden() {
        SandboxHttp viewer = admin.as(SandboxHttp.basic("viewer", "view"));
        assertThat(viewer.get("/API/item", null).statusCode()).isEqualTo(200);
        HttpResponse<String> r = viewer.get("/API/job", "application/json");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Json.of(r).path("forbidden").path("context").asText()).isEqualTo("_job_read");
    }

    @Test
    void runAsActsAsAnotherUserOnlyForAdministrators() {
        SandboxHttp asViewer = admin;
        HttpResponse<String> r = asViewer.sendWithHeader("GET", "/API/job", "RunAs", "viewer");
        assertThat(r.statusCode()).isEqualTo(403);
        r = asViewer.sendWithHeader("GET", "/API/item", "RunAs", "viewer");
        assertThat(r.statusCode()).isEqualTo(200);
        SandboxHttp viewer = admin.as(SandboxHttp.basic("viewer", "view"));
        assertThat(viewer.sendWithHeader("GET", "/API/item", "RunAs", "admin").statusCode())
                .isEqualTo(403);
        assertThat(asViewer.sendWithHeader("GET", "/API/item", "RunAs", "ghost").statusCode())
                .isEqualTo(403);
    }

    @Test
    void tokenOfAnotherUserComesFromTheUserResource() {
        HttpResponse<String> r = admin.get("/API/user/viewer/token", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        String token = Json.of(r).path("token").asText();
        assertThat(admin.as("token " + token).get("/API/job", null).statusCode()).isEqualTo(403);
        assertThat(admin.get("/API/user/ghost/token", null).statusCode()).isEqualTo(404);
    }
}
