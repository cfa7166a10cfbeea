package dev.fridgechef.sync.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SyncCredentialsTest {
    @TempDir
    Path config;

    @Test
    void storesSharingAConfigFolderEachKeepTheirOwnLogin() {
        SyncCredentials credentials = new SyncCredentials(config);
        credentials.save(new SyncCredentials.Login("https://home", "anna", "device-a", "token-a"));
        credentials.save(new SyncCredentials.Login("https://work", "anna.k", "device-b", "token-b"));
        credentials.save(new SyncCredentials.Login("https://home", "anna", "device-a", "token-a2"));

        assertThat(credentials.load("device-a").orElseThrow().refreshToken()).isEqualTo("token-a2");
        assertThat(credentials.load("device-b").orElseThrow().server()).isEqualTo("https://work");
        assertThat(credentials.load().orElseThrow().deviceId()).as("the login saved last").isEqualTo("device-a");
        assertThat(credentials.load("device-c")).isEmpty();

        credentials.logOut("device-b");
        assertThat(credentials.load("device-b").orElseThrow().loggedIn()).isFalse();
        assertThat(credentials.load("device-b").orElseThrow().account()).as("who was logged in where is kept").isEqualTo("anna.k");
        assertThat(credentials.load("device-a").orElseThrow().loggedIn()).isTrue();
    }

    @Test
    void aFileOfOneLoginAsWrittenBeforeReadsAsThatLogin() throws Exception {
        Files.writeString(config.resolve(SyncCredentials.FILE_NAME),
                "{\"server\":\"https://home\",\"account\":\"anna\",\"deviceId\":\"device-a\",\"refreshToken\":\"token-a\"}");
        SyncCredentials credentials = new SyncCredentials(config);
        assertThat(credentials.load("device-a").orElseThrow().refreshToken()).isEqualTo("token-a");
        credentials.save(new SyncCredentials.Login("https://work", "anna", "device-b", "token-b"));
        assertThat(credentials.load("device-a")).isPresent();
        assertThat(credentials.load("device-b")).isPresent();
    }
}
