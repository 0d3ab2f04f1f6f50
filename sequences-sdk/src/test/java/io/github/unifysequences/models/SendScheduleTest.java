package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendScheduleTest {

    @Test
    void copiesTheWindowsOfEveryDaySoTheValueStaysImmutable() {
        List<SendWindow> monday = new ArrayList<>(List.of(SendWindow.builder()
                .start(LocalTime.of(9, 0))
                .end(LocalTime.of(17, 0))
                .build()));
        Map<DayOfWeek, List<SendWindow>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, monday);

        SendSchedule schedule = SendSchedule.builder()
                .isDefault(true)
                .name("Business hours")
                .timeZone("America/New_York")
                .sendDays(days)
                .build();
        monday.clear();
        days.clear();

        assertThat(schedule.sendDays()).containsOnlyKeys(DayOfWeek.MONDAY);
        assertThat(schedule.sendDays().get(DayOfWeek.MONDAY)).hasSize(1);
        assertThatThrownBy(() -> schedule.sendDays().get(DayOfWeek.MONDAY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schedule.sendDays().remove(DayOfWeek.MONDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
